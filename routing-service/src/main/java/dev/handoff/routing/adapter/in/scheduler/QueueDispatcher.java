package dev.handoff.routing.adapter.in.scheduler;

import dev.handoff.routing.application.port.in.AutoAssignUseCase;
import dev.handoff.routing.application.port.in.Placement;
import dev.handoff.routing.application.port.out.AssignmentWakeupPort;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueuePlace;
import dev.handoff.shared.id.TenantId;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Serves queues (AUTO, AUTO_WITH_OFFER) on worker threads right after the transaction that changed them
 * commits, so a placement never waits on a timer and never sees a change that may still roll back. One pass
 * at a time per queue on this replica: asking while a pass runs queues exactly one more behind it, which also
 * sees whatever committed meanwhile. Other replicas may serve the same queue at once; the row locks keep that
 * correct. What a crash loses between commit and pass, {@link RoutingSweeps} picks up.
 */
@ApplicationScoped
public class QueueDispatcher implements AssignmentWakeupPort {
    private static final Logger LOG = Logger.getLogger(QueueDispatcher.class);

    /** A queue to serve, or every queue of a tenant worth serving when {@code queue} is null. */
    private record Wakeup(TenantId tenant, QueueKey queue) {}

    private final AutoAssignUseCase autoAssign;
    private final AfterCommit<Wakeup> afterCommit;
    private final int stepsPerPass;
    private final ExecutorService workers;
    /** Queues with a pass running; true when another pass was asked for meanwhile. */
    private final ConcurrentMap<QueueKey, Boolean> passes = new ConcurrentHashMap<>();

    private volatile boolean stopping;

    public QueueDispatcher(
            AutoAssignUseCase autoAssign,
            TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "routing.dispatch.threads", defaultValue = "2") int threads,
            @ConfigProperty(name = "routing.dispatch.steps-per-pass", defaultValue = "200") int stepsPerPass) {
        this.autoAssign = autoAssign;
        this.afterCommit =
                new AfterCommit<>(transactions, QueueDispatcher.class.getName() + ".wakeups", this::dispatch);
        this.stepsPerPass = stepsPerPass;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "routing-dispatch-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void queueChanged(QueueKey queue) {
        afterCommit.add(new Wakeup(queue.tenant(), queue));
    }

    @Override
    public void agentsChanged(TenantId tenant) {
        afterCommit.add(new Wakeup(tenant, null));
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

    private void dispatch(Set<Wakeup> wakeups) {
        for (Wakeup wakeup : wakeups) {
            if (wakeup.queue() != null) {
                serveSoon(wakeup.queue());
            } else {
                // Finding the tenant's queues reads the database: not on the committing thread.
                submit(() -> autoAssign.queuesToServe(wakeup.tenant()).forEach(this::serveSoon));
            }
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

    void onShutdown(@Observes ShutdownEvent event) {
        stop();
    }

    @PreDestroy
    void stop() {
        stopping = true;
        workers.shutdown();
    }
}
