package dev.handoff.analytics.adapter.in.scheduler;

import dev.handoff.analytics.application.port.in.RefreshRollupsUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps rollups a second or so behind the events: rebuilds marked hours until none is left, and every minute marks
 * the current hour of tenants whose agents' time grows without events.
 */
@ApplicationScoped
public class RollupScheduler {
    private final RefreshRollupsUseCase rollups;
    private final int hoursPerTransaction;
    private final Timer rebuilds;

    RollupScheduler(
            RefreshRollupsUseCase rollups,
            MeterRegistry registry,
            @ConfigProperty(name = "analytics.rollups.hours-per-transaction") int hoursPerTransaction) {
        this.rollups = rollups;
        this.hoursPerTransaction = hoursPerTransaction;
        this.rebuilds = Timer.builder("handoff.analytics.rollup.rebuild")
                .description("One transaction rebuilding the rollups of marked hours")
                .register(registry);
    }

    @Scheduled(every = "${analytics.rollups.refresh-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        int rebuilt;
        do {
            Timer.Sample sample = Timer.start();
            rebuilt = rollups.refresh(hoursPerTransaction);
            if (rebuilt > 0) {
                sample.stop(rebuilds);
            }
        } while (rebuilt == hoursPerTransaction);
    }

    @Scheduled(every = "${analytics.rollups.open-time-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void markOpenTime() {
        rollups.markOpenTime();
    }
}
