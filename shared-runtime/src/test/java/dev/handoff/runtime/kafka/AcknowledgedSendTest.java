package dev.handoff.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.runtime.kafka.AcknowledgedSend.Outcome;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** "Not written" is claimed only for failures that happen before a record leaves the process. */
class AcknowledgedSendTest {

    @Test
    void rejectionsBeforeSendingAreCertain() {
        assertThat(AcknowledgedSend.classify(new CompletionException(new RecordTooLargeException("too big"))))
                .isEqualTo(Outcome.NOT_WRITTEN);
        assertThat(AcknowledgedSend.classify(new BackPressureFailure("buffer full")))
                .isEqualTo(Outcome.NOT_WRITTEN);
        assertThat(AcknowledgedSend.classify(new IllegalStateException("SRMSG00034: Insufficient downstream requests")))
                .isEqualTo(Outcome.NOT_WRITTEN);
    }

    @Test
    void timeoutsAndBrokerOrNetworkErrorsMayHideAWrittenRecord() {
        assertThat(AcknowledgedSend.classify(new io.smallrye.mutiny.TimeoutException()))
                .isEqualTo(Outcome.UNKNOWN);
        assertThat(AcknowledgedSend.classify(new TimeoutException("Expiring 1 record(s)")))
                .isEqualTo(Outcome.UNKNOWN);
        assertThat(AcknowledgedSend.classify(new CompletionException(new NetworkException("connection lost"))))
                .isEqualTo(Outcome.UNKNOWN);
        assertThat(AcknowledgedSend.classify(new NotEnoughReplicasException("isr")))
                .isEqualTo(Outcome.UNKNOWN);
    }
}
