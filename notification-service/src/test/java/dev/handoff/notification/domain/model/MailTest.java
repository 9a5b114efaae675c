package dev.handoff.notification.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MailTest {
    private static final Instant NOW = Instant.parse("2025-03-10T14:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(10), 3);

    private static Mail fresh() {
        return Mail.pending(UUID.randomUUID(), new Recipient("ana@example.com", "de-CH"), NOW);
    }

    @Test
    void aNewMailIsDueAtOnceInTheRecipientsSupportedLanguage() {
        Mail mail = fresh();

        assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.isDue(NOW)).isTrue();
        assertThat(mail.recipient().language()).isEqualTo("de");
        assertThat(new Recipient("x@example.com", "zu").language()).isEqualTo("en");
    }

    @Test
    void sendingFinishesIt() {
        Mail mail = fresh();

        mail.sent(NOW.plusSeconds(1));

        assertThat(mail.status()).isEqualTo(MailStatus.SENT);
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.sentAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(mail.isDue(NOW.plus(Duration.ofDays(1)))).isFalse();
        assertThatThrownBy(() -> mail.sent(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void failuresRetryWithGrowingDelaysThenTheMailIsAbandoned() {
        Mail mail = fresh();

        mail.failed("connection refused", NOW, POLICY);
        assertThat(mail.status()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(mail.isDue(NOW.plusSeconds(59))).isFalse();
        assertThat(mail.isDue(NOW.plusSeconds(60))).isTrue();

        mail.failed("timeout", NOW.plusSeconds(60), POLICY);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60).plus(Duration.ofMinutes(2)));

        mail.failed("x".repeat(5000), NOW.plusSeconds(200), POLICY);
        assertThat(mail.status()).isEqualTo(MailStatus.ABANDONED);
        assertThat(mail.attempts()).isEqualTo(3);
        assertThat(mail.nextAttemptAt()).isNull();
        assertThat(mail.lastError()).hasSize(Mail.MAX_ERROR_LENGTH);
        assertThatThrownBy(() -> mail.failed("again", NOW, POLICY)).isInstanceOf(IllegalStateException.class);
    }
}
