package dev.handoff.routing.adapter.out.metrics;

import dev.handoff.routing.application.port.out.AcceptWaitsPort;
import dev.handoff.shared.id.TenantId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;

/**
 * The handoff-to-accept histogram, {@code handoff_queue_accept_wait_seconds{tenant}} (tenants are bounded per
 * installation): recorded when the assigning transaction commits (a CDI event observed after a successful commit), so
 * a rolled-back claim is not counted. The wait comes from the use case, which has it from the queue's row.
 */
@ApplicationScoped
public class AcceptWaitTimer implements AcceptWaitsPort {
    private final MeterRegistry registry;
    private final Event<AcceptWaited> waits;

    /** A wait to record once its transaction committed. */
    record AcceptWaited(Timer timer, Duration waited) {}

    public AcceptWaitTimer(MeterRegistry registry, Event<AcceptWaited> waits) {
        this.registry = registry;
        this.waits = waits;
    }

    @Override
    public void assigned(TenantId tenant, Duration waited) {
        Timer timer = Timer.builder("handoff.queue.accept.wait")
                .description("From a conversation's queueing to its assignment (claim, automatic or accepted offer)")
                .tag("tenant", tenant.value())
                .publishPercentileHistogram()
                .register(registry);
        // CDI would deliver it at once in a transaction marked for rollback (one that is no longer active).
        if (!QuarkusTransaction.isRollbackOnly()) {
            // Clocks of replicas and database may disagree by a little: a wait is never negative.
            waits.fire(new AcceptWaited(timer, waited.isNegative() ? Duration.ZERO : waited));
        }
    }

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) AcceptWaited wait) {
        wait.timer().record(wait.waited());
    }
}
