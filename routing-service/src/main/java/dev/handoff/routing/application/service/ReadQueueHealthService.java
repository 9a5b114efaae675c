package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.QueueHealth;
import dev.handoff.routing.application.port.in.ReadQueueHealthUseCase;
import dev.handoff.routing.application.port.out.QueueHealthPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;

/** One read-only transaction over the queue and the presence snapshot. */
@ApplicationScoped
public class ReadQueueHealthService implements ReadQueueHealthUseCase {
    private final QueueHealthPort health;
    private final Clock clock;

    ReadQueueHealthService(QueueHealthPort health, Clock clock) {
        this.health = health;
        this.clock = clock;
    }

    @Override
    @Transactional
    public QueueHealth read() {
        Duration oldest = health.oldestWaitingSince()
                .map(since -> Duration.between(since, clock.instant()))
                .filter(wait -> !wait.isNegative())
                .orElse(Duration.ZERO);
        return new QueueHealth(health.waitingConversations(), oldest, health.agentsOnline());
    }
}
