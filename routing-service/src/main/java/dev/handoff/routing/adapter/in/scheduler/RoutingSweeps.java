package dev.handoff.routing.adapter.in.scheduler;

import dev.handoff.routing.application.port.in.AutoAssignUseCase;
import dev.handoff.routing.application.port.in.ExpireOffersUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Timed work on every replica: offers that ran out go to the next agent, and queues worth serving are served
 * even when no wakeup came (a replica died between commit and pass, or a pass on another replica read the
 * agents' load just before a slot was freed). Both are safe to run on every replica at once.
 */
@ApplicationScoped
public class RoutingSweeps {
    private static final Logger LOG = Logger.getLogger(RoutingSweeps.class);

    private final ExpireOffersUseCase offers;
    private final AutoAssignUseCase autoAssign;
    private final QueueDispatcher dispatcher;

    public RoutingSweeps(ExpireOffersUseCase offers, AutoAssignUseCase autoAssign, QueueDispatcher dispatcher) {
        this.offers = offers;
        this.autoAssign = autoAssign;
        this.dispatcher = dispatcher;
    }

    @Scheduled(every = "${routing.offers.sweep-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void expireOffers() {
        try {
            while (offers.expireDue() == offers.batchSize()) {
                LOG.debug("offers: full batch expired, continuing");
            }
        } catch (RuntimeException e) {
            LOG.warnf("expiring offers failed, the next sweep tries again: %s", e.toString());
        }
    }

    @Scheduled(every = "${routing.dispatch.sweep-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void serveWaitingQueues() {
        try {
            autoAssign.queuesToServe(null).forEach(dispatcher::serveSoon);
        } catch (RuntimeException e) {
            LOG.warnf("finding queues to serve failed, the next sweep tries again: %s", e.toString());
        }
    }
}
