package dev.handoff.runtime.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

class DeadLetterUnlessStoppingTest {
    private final List<Throwable> deadLettered = new ArrayList<>();
    private final KafkaFailureHandler deadLetter = new KafkaFailureHandler() {
        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            deadLettered.add(reason);
            return Uni.createFrom().voidItem();
        }
    };
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger made = new AtomicInteger();
    private final KafkaFailureHandler handler = DeadLetterUnlessStopping.wrap(
            () -> {
                made.incrementAndGet();
                return deadLetter;
            },
            stopping::get,
            Runnable::run);

    @Test
    void whileRunningAFailedRecordGoesToTheDeadLetterTopic() {
        IllegalStateException poison = new IllegalStateException("cannot store");
        handler.handle(null, poison, Metadata.empty()).await().indefinitely();
        assertThat(deadLettered).containsExactly(poison);
    }

    @Test
    void whileStoppingAFailedRecordStaysUncommittedForTheNextStart() {
        stopping.set(true);
        IllegalStateException shutdown = new IllegalStateException("Error Occurred After Shutdown");
        assertThatThrownBy(() ->
                        handler.handle(null, shutdown, Metadata.empty()).await().indefinitely())
                .isSameAs(shutdown);
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void theDeadLetterHandlerIsMadeOnTheFirstFailureOnlyAndOnce() {
        assertThat(made).hasValue(0);
        handler.terminate();
        assertThat(made)
                .as("terminating a handler that never failed makes nothing")
                .hasValue(0);

        handler.handle(null, new IllegalStateException("one"), Metadata.empty())
                .await()
                .indefinitely();
        handler.handle(null, new IllegalStateException("two"), Metadata.empty())
                .await()
                .indefinitely();

        assertThat(made).hasValue(1);
        assertThat(deadLettered).hasSize(2);
    }
}
