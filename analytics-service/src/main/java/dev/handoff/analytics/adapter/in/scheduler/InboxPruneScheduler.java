package dev.handoff.analytics.adapter.in.scheduler;

import dev.handoff.analytics.application.port.in.PruneInboxUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Prunes the inbox on a schedule. */
@ApplicationScoped
public class InboxPruneScheduler {
    private static final Logger LOG = Logger.getLogger(InboxPruneScheduler.class);
    private final PruneInboxUseCase inbox;

    InboxPruneScheduler(PruneInboxUseCase inbox) {
        this.inbox = inbox;
    }

    @Scheduled(
            every = "${analytics.inbox.prune-every}",
            delayed = "${analytics.inbox.prune-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void prune() {
        int forgotten = inbox.prune();
        if (forgotten > 0) {
            LOG.infof("forgot %d consumed event ids past the inbox's retention", forgotten);
        }
    }
}
