package dev.handoff.runtime.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * A record a consumer fails on goes to the dead-letter topic, as with {@code dead-letter-queue},
 * except while the application stops: records refused then only failed because of the shutdown,
 * so they stay uncommitted and the next start processes them (the inbox drops any repeat).
 */
@ApplicationScoped
@Identifier(DeadLetterUnlessStopping.STRATEGY)
public class DeadLetterUnlessStopping implements KafkaFailureHandler.Factory {
    public static final String STRATEGY = "dead-letter-unless-stopping";

    private final Instance<KafkaFailureHandler.Factory> strategies;
    private volatile boolean stopping;

    public DeadLetterUnlessStopping(@Any Instance<KafkaFailureHandler.Factory> strategies) {
        this.strategies = strategies;
    }

    void onShutdown(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
    }

    /** True once the application began to stop. */
    public boolean stopping() {
        return stopping;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler deadLetter = strategies
                .select(Identifier.Literal.of(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)).get()
                .create(config, vertx, consumer, reportFailure);
        return wrap(deadLetter, () -> stopping);
    }

    static KafkaFailureHandler wrap(KafkaFailureHandler deadLetter, java.util.function.BooleanSupplier stopping) {
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (stopping.getAsBoolean()) {
                    return Uni.createFrom().failure(reason);
                }
                return deadLetter.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                deadLetter.terminate();
            }
        };
    }
}
