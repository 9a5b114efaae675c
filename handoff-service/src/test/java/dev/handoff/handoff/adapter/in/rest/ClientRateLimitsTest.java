package dev.handoff.handoff.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Per-client allowances of the public endpoints, and the If-None-Match rule of the availability answer. */
class ClientRateLimitsTest {
    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void eachClientHasItsOwnBurstThenTheAverage() {
        ClientRateLimits limits = new ClientRateLimits(60, 3, 100);

        assertThat(IntStream.range(0, 4).mapToObj(i -> limits.tryTake("10.0.0.1", T0)))
                .containsExactly(true, true, true, false);
        assertThat(limits.tryTake("10.0.0.2", T0))
                .as("another client is not held back")
                .isTrue();
        assertThat(limits.tryTake("10.0.0.1", T0.plusSeconds(1)))
                .as("one a second at 60 a minute")
                .isTrue();
        assertThat(limits.tryTake("10.0.0.1", T0.plusSeconds(1))).isFalse();
        assertThat(limits.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void atMostMaxClientsAreRememberedTheLeastRecentForgottenFirst() {
        ClientRateLimits limits = new ClientRateLimits(60, 1, 2);
        limits.tryTake("a", T0);
        limits.tryTake("b", T0);
        limits.tryTake("a", T0);
        limits.tryTake("c", T0); // forgets b, the least recently seen

        assertThat(limits.tryTake("a", T0))
                .as("a is still remembered, its burst spent")
                .isFalse();
        assertThat(limits.tryTake("b", T0)).as("b starts afresh").isTrue();
    }

    @Test
    void ifNoneMatchTakesListsWeakTagsAndTheWildcard() {
        assertThat(PublicAvailabilityResource.matches("\"abc\"", "abc")).isTrue();
        assertThat(PublicAvailabilityResource.matches("W/\"abc\"", "abc")).isTrue();
        assertThat(PublicAvailabilityResource.matches("\"x\", \"abc\"", "abc")).isTrue();
        assertThat(PublicAvailabilityResource.matches("*", "abc")).isTrue();
        assertThat(PublicAvailabilityResource.matches("\"abcd\"", "abc")).isFalse();
        assertThat(PublicAvailabilityResource.matches("abc", "abc"))
                .as("a tag is quoted")
                .isFalse();
    }
}
