package dev.handoff.testinfra.hexagon.leaky.adapter.in.scheduler;

import io.quarkus.scheduler.Scheduled;

/** Fixture: a job that still runs while the application stops (the gauges' old shape). */
public class GaugeRefresh {
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {}
}
