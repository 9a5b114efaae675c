package dev.handoff.routing.adapter.in.metrics;

import dev.handoff.routing.application.port.in.QueueHealth;
import dev.handoff.routing.application.port.in.ReadQueueHealthUseCase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The queue's health as gauges (deploy/k8s alerts on them): read on a timer, not on each scrape, so a slow or
 * failing database never stalls /q/metrics. Every replica reports the same totals; alerts take the max.
 */
@Startup
@Singleton
public class QueueHealthGauges {
    private final ReadQueueHealthUseCase health;
    private final AtomicReference<QueueHealth> latest =
            new AtomicReference<>(new QueueHealth(0, java.time.Duration.ZERO, 0));

    QueueHealthGauges(ReadQueueHealthUseCase health, MeterRegistry registry) {
        this.health = health;
        Gauge.builder(
                        "handoff.queue.waiting.conversations",
                        latest,
                        h -> h.get().waitingConversations())
                .description("Conversations waiting for an agent, offered ones included, in all tenants")
                .register(registry);
        Gauge.builder(
                        "handoff.queue.oldest.wait.seconds",
                        latest,
                        h -> h.get().oldestWait().toMillis() / 1000.0)
                .description("How long the longest-waiting conversation has waited")
                .register(registry);
        Gauge.builder("handoff.agents.available", latest, h -> h.get().agentsOnline())
                .description("Agents whose latest presence is ONLINE, in all tenants")
                .register(registry);
    }

    @Scheduled(
            every = "${routing.metrics.refresh-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        latest.set(health.read());
    }
}
