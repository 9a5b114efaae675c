package dev.handoff.notification.adapter.in.scheduler;

import dev.handoff.notification.application.port.in.DecideDueNotificationsUseCase;
import dev.handoff.notification.application.port.in.SendDueMailsUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fires the durable timers and sends the mails, on every replica: the rows themselves keep two replicas off the same
 * notification or mail (SKIP LOCKED), so no clustered scheduler is needed. Each run handles what is due, capped so a
 * backlog after an outage is worked off in slices; the two jobs run independently, so a slow mail server does not
 * hold up the timers.
 */
@ApplicationScoped
public class DueNotificationsJob {
    private final DecideDueNotificationsUseCase decide;
    private final SendDueMailsUseCase send;
    private final int maxPerRun;

    public DueNotificationsJob(
            DecideDueNotificationsUseCase decide,
            SendDueMailsUseCase send,
            @ConfigProperty(name = "handoff.notification.dispatch.max-per-run", defaultValue = "100") int maxPerRun) {
        this.decide = decide;
        this.send = send;
        this.maxPerRun = maxPerRun;
    }

    @Scheduled(
            identity = "decide-due-notifications",
            every = "${handoff.notification.dispatch.interval:1s}",
            delayed = "${handoff.notification.dispatch.delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void decideDue() {
        int decided = 0;
        while (decided < maxPerRun && decide.decideNextDue()) {
            decided++; // one notification per transaction
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
