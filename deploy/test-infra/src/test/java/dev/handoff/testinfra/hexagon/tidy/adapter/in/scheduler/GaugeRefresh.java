package dev.handoff.testinfra.hexagon.tidy.adapter.in.scheduler;

import io.quarkus.scheduler.Scheduled;

/** Fixture: a job that skips its runs once the application stops. */
public class GaugeRefresh {
    @Scheduled(
            every = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {}
}
