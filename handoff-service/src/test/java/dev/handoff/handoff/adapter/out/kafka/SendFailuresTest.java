package dev.handoff.handoff.adapter.out.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.handoff.application.port.out.SendChatEventNowPort.Delivery;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** "Not written" is claimed only for failures that happen before a record leaves the process. */
class SendFailuresTest {

    @Test
    void rejectionsBeforeSendingAreCertain() {
        assertThat(SendFailures.classify(new CompletionException(new RecordTooLargeException("too big"))))
                .isEqualTo(Delivery.NOT_WRITTEN);
        assertThat(SendFailures.classify(new BackPressureFailure("buffer full")))
                .isEqualTo(Delivery.NOT_WRITTEN);
        assertThat(SendFailures.classify(new IllegalStateException("SRMSG00034: Insufficient downstream requests")))
                .isEqualTo(Delivery.NOT_WRITTEN);
    }

    @Test
    void timeoutsAndBrokerOrNetworkErrorsMayHideAWrittenRecord() {
        assertThat(SendFailures.classify(new io.smallrye.mutiny.TimeoutException()))
                .isEqualTo(Delivery.UNKNOWN);
        assertThat(SendFailures.classify(new TimeoutException("Expiring 1 record(s)")))
                .isEqualTo(Delivery.UNKNOWN);
        assertThat(SendFailures.classify(new CompletionException(new NetworkException("connection lost"))))
                .isEqualTo(Delivery.UNKNOWN);
        assertThat(SendFailures.classify(new NotEnoughReplicasException("isr"))).isEqualTo(Delivery.UNKNOWN);
    }
}
