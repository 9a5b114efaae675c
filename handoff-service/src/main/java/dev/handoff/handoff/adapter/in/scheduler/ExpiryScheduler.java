package dev.handoff.handoff.adapter.in.scheduler;

import dev.handoff.handoff.application.port.in.ExpireSilentChatsUseCase;
import dev.handoff.shared.id.ConversationId;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/** Looks for silent chats on every replica; the use case makes sure each expires once. */
@ApplicationScoped
public class ExpiryScheduler {
    private static final Logger LOG = Logger.getLogger(ExpiryScheduler.class);
    private static final int BATCH = 100;

    private final ExpireSilentChatsUseCase expiry;

    public ExpiryScheduler(ExpireSilentChatsUseCase expiry) {
        this.expiry = expiry;
    }

    @Scheduled(
            every = "${handoff.expiry.check-interval:10s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void expireSilentChats() {
        List<ConversationId> due;
        do {
            due = expiry.due(BATCH);
            int expired = 0;
            for (ConversationId id : due) {
                expired += expiry.expireIfSilent(id) ? 1 : 0;
            }
            if (expired > 0) {
                LOG.infof("expired %d silent chat(s)", expired);
            }
        } while (due.size() == BATCH);
    }
}
