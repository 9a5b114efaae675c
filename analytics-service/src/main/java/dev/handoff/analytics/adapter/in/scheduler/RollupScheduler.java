package dev.handoff.analytics.adapter.in.scheduler;

import dev.handoff.analytics.application.port.in.RefreshRollupsUseCase;
import dev.handoff.analytics.config.RollupsConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps rollups a second or so behind the events: rebuilds marked hours until none is left, and every minute marks
 * the current hour of tenants whose agents' time grows without events.
 */
@ApplicationScoped
public class RollupScheduler {
    private final RefreshRollupsUseCase rollups;
    private final int hoursPerTransaction;
    private final Timer rebuilds;

    RollupScheduler(RefreshRollupsUseCase rollups, MeterRegistry registry, RollupsConfig config) {
        this.rollups = rollups;
        this.hoursPerTransaction = config.hoursPerTransaction();
        this.rebuilds = Timer.builder("handoff.analytics.rollup.rebuild")
                .description("One transaction rebuilding the rollups of marked hours")
                .register(registry);
    }

    @Scheduled(
            every = "${analytics.rollups.refresh-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
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

    @Scheduled(
            every = "${analytics.rollups.open-time-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void markOpenTime() {
        rollups.markOpenTime();
    }
}
