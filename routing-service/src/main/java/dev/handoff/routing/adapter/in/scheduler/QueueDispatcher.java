package dev.handoff.routing.adapter.in.scheduler;

import dev.handoff.routing.application.port.in.AutoAssignUseCase;
import dev.handoff.routing.application.port.in.Placement;
import dev.handoff.routing.application.port.out.AssignmentWakeup;
import dev.handoff.routing.config.RoutingConfig;
import dev.handoff.routing.config.RoutingExecutors;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueuePlace;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * Serves queues (AUTO, AUTO_WITH_OFFER) on the dispatch pool right after the transaction that changed them
 * commits (the wake-ups are CDI events observed after a successful commit), so a placement never waits on a timer and never sees a change that may still roll back. One pass
 * at a time per queue on this replica: asking while a pass runs queues exactly one more behind it, which also
 * sees whatever committed meanwhile. Other replicas may serve the same queue at once; the row locks keep that
 * correct. What a crash loses between commit and pass, {@link RoutingSweeps} picks up.
 */
@ApplicationScoped
public class QueueDispatcher {
    private static final Logger LOG = Logger.getLogger(QueueDispatcher.class);

    private final AutoAssignUseCase autoAssign;
    private final int stepsPerPass;
    private final Executor workers;
    /** Queues with a pass running; true when another pass was asked for meanwhile. */
    private final ConcurrentMap<QueueKey, Boolean> passes = new ConcurrentHashMap<>();

    private volatile boolean stopping;

    @Inject
    public QueueDispatcher(
            AutoAssignUseCase autoAssign,
            @Identifier(RoutingExecutors.DISPATCH) Executor workers,
            RoutingConfig config) {
        this(autoAssign, workers, config.dispatch().stepsPerPass());
    }

    QueueDispatcher(AutoAssignUseCase autoAssign, Executor workers, int stepsPerPass) {
        this.autoAssign = autoAssign;
        this.workers = workers;
        this.stepsPerPass = stepsPerPass;
    }

    /** A committed transaction asked for its queue, or its tenant's queues, to be served. */
    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssignmentWakeup wakeup) {
        if (wakeup.queue() != null) {
            serveSoon(wakeup.queue());
        } else {
            // Finding the tenant's queues reads the database: not on the committing thread.
            submit(() -> autoAssign.queuesToServe(wakeup.tenant()).forEach(this::serveSoon));
        }
    }

    /** Asks for a pass over the queue soon; while one runs, one more is queued behind it, however many ask. */
    void serveSoon(QueueKey queue) {
        if (stopping) {
            return;
        }
        boolean[] start = {false};
        passes.compute(queue, (key, again) -> {
            start[0] = again == null;
            return again != null;
        });
        if (start[0] && !submit(() -> runPasses(queue, null))) {
            passes.remove(queue);
        }
    }

    /** Whether no pass runs or waits to run on this replica. */
    boolean idle() {
        return passes.isEmpty();
    }

    /** Runs passes over the queue until no more was asked for; a long one continues in a later task. */
    private void runPasses(QueueKey queue, QueuePlace resumeAfter) {
        QueuePlace after = resumeAfter;
        while (true) {
            QueuePlace unfinished = pass(queue, after);
            if (unfinished != null) {
                // A long queue: let other queues have the workers, then go on from where this pass stopped.
                if (!submit(() -> runPasses(queue, unfinished))) {
                    passes.remove(queue);
                }
                return;
            }
            if (passes.compute(queue, (key, again) -> Boolean.TRUE.equals(again) ? Boolean.FALSE : null) == null) {
                return;
            }
            // Asked again meanwhile: from the head, which may have changed.
            after = null;
        }
    }

    /**
     * Places one conversation per transaction after {@code after} until nothing more can be placed; returns where
     * it stopped when it ran out of steps first, else null.
     */
    private QueuePlace pass(QueueKey queue, QueuePlace after) {
        QueuePlace last = after;
        for (int step = 0; step < stepsPerPass; step++) {
            Placement placement;
            try {
                placement = autoAssign.placeNext(queue, last);
            } catch (RuntimeException e) {
                if (!stopping) {
                    LOG.warnf("placing in %s failed, the next wakeup or sweep tries again: %s", queue, e.toString());
                }
                return null;
            }
            if (!placement.goOn()) {
                return null;
            }
            last = placement.place();
        }
        return last;
    }

    private boolean submit(Runnable task) {
        try {
            workers.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    if (!stopping) {
                        LOG.warnf("serving queues failed, the next wakeup or sweep tries again: %s", e.toString());
                    }
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** No new passes once stopping; the container shuts the pool down after this. */
    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }
}
