package dev.handoff.agent.adapter.in.scheduler;

import dev.handoff.agent.application.port.in.ExpireSessionsUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the session housekeeping on every replica; the use cases make concurrent runs harmless. */
@ApplicationScoped
public class SessionHousekeeping {
    private final ExpireSessionsUseCase sessions;

    public SessionHousekeeping(ExpireSessionsUseCase sessions) {
        this.sessions = sessions;
    }

    /** How late an agent goes OFFLINE after their grace period: at most one interval. */
    @Scheduled(
            every = "${agent.presence.check-interval:5s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void expirePresence() {
        sessions.expirePresence();
    }

    @Scheduled(
            every = "${agent.notices.prune-interval:1m}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void prune() {
        sessions.prune();
    }
}
