package dev.handoff.runtime.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
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
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
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
    public KafkaFailureHandler create(
            KafkaConnectorIncomingConfiguration config,
            Vertx vertx,
            KafkaConsumer<?, ?> consumer,
            BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler.Factory deadLetterQueue = strategies
                .select(Identifier.Literal.of(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE))
                .get();
        return wrap(
                () -> deadLetterQueue.create(config, vertx, consumer, reportFailure),
                () -> stopping,
                Infrastructure.getDefaultWorkerPool());
    }

    /**
     * The dead-letter handler (and the Kafka producer it owns) is made on the first failure, not with the channel: a
     * healthy replica never needs it, and every producer made at start-up delays a restarted replica's readiness.
     * Making it blocks, and failures arrive on the event loop, so it is made on {@code maker}; the handler then sends
     * from there and hands the outcome back to the record's context itself.
     */
    static KafkaFailureHandler wrap(
            Supplier<KafkaFailureHandler> deadLetterQueue, BooleanSupplier stopping, Executor maker) {
        return new KafkaFailureHandler() {
            private volatile KafkaFailureHandler deadLetter;

            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (stopping.getAsBoolean()) {
                    return Uni.createFrom().failure(reason);
                }
                KafkaFailureHandler made = deadLetter;
                if (made != null) {
                    return made.handle(record, reason, metadata);
                }
                return Uni.createFrom()
                        .item(this::deadLetter)
                        .runSubscriptionOn(maker)
                        .chain(handler -> handler.handle(record, reason, metadata));
            }

            private synchronized KafkaFailureHandler deadLetter() {
                if (deadLetter == null) {
                    deadLetter = deadLetterQueue.get();
                }
                return deadLetter;
            }

            @Override
            public synchronized void terminate() {
                if (deadLetter != null) {
                    deadLetter.terminate();
                }
            }
        };
    }
}
