package dev.handoff.analytics.adapter.in.kafka;

import dev.handoff.analytics.application.port.in.RecordEventsUseCase;
import dev.handoff.runtime.inbox.DatabaseFailures;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.shared.event.IntegrationEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Applies a batch of Kafka records in one transaction: one commit for hundreds of messages is what lets analytics
 * keep up with the message stream. A batch that fails is applied again record by record, each in its own
 * transaction, so one bad record costs only itself; it is then rethrown, and the batch goes to the dead-letter
 * topic (the records already applied are dropped by the inbox should it be replayed).
 */
@ApplicationScoped
class EventBatches {
    private static final Logger LOG = Logger.getLogger(EventBatches.class);
    private final IncomingEvents incoming;
    private final RecordEventsUseCase record;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Timer lag;

    EventBatches(IncomingEvents incoming, RecordEventsUseCase record, MeterRegistry registry, Clock clock) {
        this.incoming = incoming;
        this.record = record;
        this.registry = registry;
        this.clock = clock;
        this.lag = Timer.builder("handoff.analytics.ingest.lag")
                .description("From an event's occurrence to its being recorded by analytics")
                .publishPercentileHistogram()
                .register(registry);
    }

    void apply(String topic, List<String> payloads) {
        try {
            counted(QuarkusTransaction.requiringNew().call(() -> recordAll(topic, payloads)));
        } catch (RuntimeException batchFailure) {
            if (DatabaseFailures.isUnavailable(batchFailure)) {
                throw batchFailure; // waited out by @RetryWhileDatabaseDown on the consumer, not dead-lettered
            }
            LOG.warnf(
                    "a batch of %d records from %s failed (%s); applying them one by one",
                    payloads.size(), topic, batchFailure.toString());
            RuntimeException failure = null;
            for (String payload : payloads) {
                try {
                    counted(QuarkusTransaction.requiringNew().call(() -> recordAll(topic, List.of(payload))));
                } catch (RuntimeException e) {
                    if (DatabaseFailures.isWorthRetrying(e)) {
                        throw e; // a lost race (decision 0086): the whole poll again, the inbox skips what committed
                    }
                    LOG.errorf(e, "could not apply a record from %s: %s", topic, payload);
                    registry.counter("handoff.analytics.events.failed", "topic", topic)
                            .increment();
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    private List<IntegrationEvent> recordAll(String topic, List<String> payloads) {
        List<IntegrationEvent> accepted = incoming.acceptAll(topic, payloads);
        record.record(accepted);
        return accepted;
    }

    private void counted(List<IntegrationEvent> applied) {
        for (IntegrationEvent event : applied) {
            // Counted by type, so dashboards see the event flow without querying the facts.
            registry.counter(
                            "handoff.analytics.events", "type", event.getClass().getSimpleName())
                    .increment();
            lag.record(Duration.between(event.occurredAt(), clock.instant()).abs());
        }
    }
}
