package dev.handoff.routing.adapter.in.scheduler;

import dev.handoff.routing.application.port.in.AnnounceQueuePositionsUseCase;
import dev.handoff.routing.application.port.in.AutoAssignUseCase;
import dev.handoff.routing.application.port.in.ExpireOffersUseCase;
import dev.handoff.routing.application.port.in.OverflowTeamQueuesUseCase;
import dev.handoff.routing.application.port.in.RefreshWaitEstimatesUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Timed work on every replica: offers that ran out go to the next agent, queues worth serving are served
 * even when no wakeup came (a replica died between commit and pass, or a pass on another replica read the
 * agents' load just before a slot was freed), and changed queues' places are announced. All are safe to run on
 * every replica at once.
 */
@ApplicationScoped
public class RoutingSweeps {
    /** The identity of the announcing job, for pausing it (operations, tests) through the Quarkus scheduler. */
    public static final String ANNOUNCE_POSITIONS = "routing-announce-positions";

    private static final Logger LOG = Logger.getLogger(RoutingSweeps.class);

    private final ExpireOffersUseCase offers;
    private final AutoAssignUseCase autoAssign;
    private final QueueDispatcher dispatcher;
    private final AnnounceQueuePositionsUseCase positions;
    private final RefreshWaitEstimatesUseCase waits;
    private final OverflowTeamQueuesUseCase overflow;

    public RoutingSweeps(
            ExpireOffersUseCase offers,
            AutoAssignUseCase autoAssign,
            QueueDispatcher dispatcher,
            AnnounceQueuePositionsUseCase positions,
            RefreshWaitEstimatesUseCase waits,
            OverflowTeamQueuesUseCase overflow) {
        this.offers = offers;
        this.autoAssign = autoAssign;
        this.dispatcher = dispatcher;
        this.positions = positions;
        this.waits = waits;
        this.overflow = overflow;
    }

    /** Waits change with time alone (a pace slowing while nobody accepts): the announcer looks at them again. */
    @Scheduled(
            every = "${routing.wait-estimate.refresh-interval:15s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refreshWaits() {
        try {
            waits.refreshAll();
        } catch (RuntimeException e) {
            LOG.warnf("refreshing wait estimates failed, the next run tries again: %s", e.toString());
        }
    }

    /**
     * Visitors nobody is accepting who have now waited their tenant's time are offered to leave a message within this
     * interval, not at the next full refresh; it reads only visitors awaiting that offer.
     */
    @Scheduled(
            every = "${routing.leave-message.sweep-interval:1s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void offerLeavingMessages() {
        try {
            waits.refreshDueLeaveMessageOffers();
        } catch (RuntimeException e) {
            LOG.warnf(
                    "finding visitors due to be offered to leave a message failed, the next run tries again: %s",
                    e.toString());
        }
    }

    /** Conversations that waited in a team's queue past its overflow time move to the tenant-wide queue. */
    @Scheduled(
            every = "${routing.overflow.sweep-interval:1s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void overflowTeamQueues() {
        try {
            while (overflow.overflowDue() == overflow.batchSize()) {
                LOG.debug("overflow: full batch moved, continuing");
            }
        } catch (RuntimeException e) {
            LOG.warnf("overflowing team queues failed, the next sweep tries again: %s", e.toString());
        }
    }

    /**
     * Announces the queues changed since the last run, each once, however many changes it had: the interval is how
     * long changes coalesce into one QueuePositionChanged per visitor. Changes made during a run wait for the next.
     */
    @Scheduled(
            identity = ANNOUNCE_POSITIONS,
            every = "${routing.positions.announce-interval:1s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void announcePositions() {
        try {
            long upTo = positions.latestChange();
            while (positions.announceNextQueue(upTo)) {
                LOG.debug("positions: one queue announced, continuing");
            }
        } catch (RuntimeException e) {
            LOG.warnf("announcing queue positions failed, the next run tries again: %s", e.toString());
        }
    }

    @Scheduled(
            every = "${routing.offers.sweep-interval:1s}",
            delayed = "1s",
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

    @Scheduled(
            every = "${routing.dispatch.sweep-interval:1s}",
            delayed = "1s",
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
