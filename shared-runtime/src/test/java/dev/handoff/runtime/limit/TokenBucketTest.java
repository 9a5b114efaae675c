package dev.handoff.runtime.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private Instant now = Instant.parse("2026-11-22T00:00:00Z");

    @Test
    void aBurstGoesThroughThenTokensComeBackAtTheRate() {
        TokenBucket bucket = new TokenBucket(5, 10);
        for (int i = 0; i < 10; i++) {
            assertThat(bucket.tryTake(now)).as("token %d of the burst", i).isTrue();
        }
        assertThat(bucket.tryTake(now)).isFalse();
        now = now.plusMillis(199);
        assertThat(bucket.tryTake(now))
                .as("not quite one token after 199 ms at 5/s")
                .isFalse();
        now = now.plusMillis(1);
        assertThat(bucket.tryTake(now)).isTrue();
        now = now.plus(Duration.ofHours(1));
        int taken = 0;
        while (bucket.tryTake(now)) {
            taken++;
        }
        assertThat(taken).as("a quiet hour saves up only the burst").isEqualTo(10);
    }

    @Test
    void aClockGoingBackwardsGivesNoTokens() {
        TokenBucket bucket = new TokenBucket(1, 1);
        assertThat(bucket.tryTake(now)).isTrue();
        assertThat(bucket.tryTake(now.minusSeconds(60))).isFalse();
    }

    @Test
    void aBucketNeedsARateAndABurst() {
        assertThatThrownBy(() -> new TokenBucket(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
