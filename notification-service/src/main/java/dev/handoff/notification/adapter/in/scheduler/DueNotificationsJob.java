package dev.handoff.notification.adapter.in.scheduler;

import dev.handoff.notification.application.port.in.DecideDueNotificationsUseCase;
import dev.handoff.notification.application.port.in.DecideDueNotificationsUseCase.DecidedSlice;
import dev.handoff.notification.application.port.in.SendDueMailsUseCase;
import dev.handoff.notification.config.NotificationConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Fires the durable timers and sends the mails, on every replica: the rows themselves keep two replicas off the same
 * notification or mail (SKIP LOCKED), so no clustered scheduler is needed. Each run handles what is due, capped so a
 * backlog after an outage is worked off over several runs; the two jobs run independently, so a slow mail server does
 * not hold up the timers. Timers are decided a slice per transaction (decision 0092), mails one per transaction.
 */
@ApplicationScoped
public class DueNotificationsJob {
    private final DecideDueNotificationsUseCase decide;
    private final SendDueMailsUseCase send;
    private final int maxPerRun;
    private final int sliceSize;

    public DueNotificationsJob(
            DecideDueNotificationsUseCase decide, SendDueMailsUseCase send, NotificationConfig config) {
        this.decide = decide;
        this.send = send;
        this.maxPerRun = config.dispatch().maxPerRun();
        this.sliceSize = config.dispatch().sliceSize();
    }

    @Scheduled(
            identity = "decide-due-notifications",
            every = "${handoff.notification.dispatch.interval:1s}",
            delayed = "${handoff.notification.dispatch.delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void decideDue() {
        // Those that failed even alone stay due; left out for the rest of this run, they cannot take every slice.
        Set<UUID> failed = new HashSet<>();
        int claimed = 0;
        while (claimed < maxPerRun) {
            DecidedSlice slice = decide.decideDue(Math.min(sliceSize, maxPerRun - claimed), failed);
            if (slice.claimed() == 0) {
                return;
            }
            claimed += slice.claimed();
            failed.addAll(slice.failed());
        }
    }

    @Scheduled(
            identity = "send-due-mails",
            every = "${handoff.notification.dispatch.interval:1s}",
            delayed = "${handoff.notification.dispatch.delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sendDue() {
        // Each attempt sends a mail or moves its next attempt into the future, so this ends.
        int tried = 0;
        while (tried < maxPerRun && send.sendNextDue()) {
            tried++; // one mail per transaction
        }
    }
}
