package dev.handoff.routing.adapter.in.metrics;

import dev.handoff.routing.application.port.in.ReadWaitingGroupsUseCase;
import dev.handoff.routing.application.port.in.WaitingGroup;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * What waits per tenant, bot and team, as gauges an alert can name a queue by. Tags are bounded by the
 * installation's tenants, bots and teams, never a conversation; a group appears while something waits in it and
 * is dropped when it empties. Read on the same timer as the totals, never on a scrape.
 */
@Startup
@Singleton
public class WaitingGroupGauges {
    static final String NO_TEAM = "none";
    private final ReadWaitingGroupsUseCase groups;
    private final MultiGauge waiting;
    private final MultiGauge oldest;

    WaitingGroupGauges(ReadWaitingGroupsUseCase groups, MeterRegistry registry) {
        this.groups = groups;
        this.waiting = MultiGauge.builder("handoff.queue.group.waiting")
                .description("Conversations waiting for an agent (offered ones included) per tenant, bot and team")
                .register(registry);
        this.oldest = MultiGauge.builder("handoff.queue.group.oldest.wait")
                .description("How long the longest-waiting conversation of a tenant, bot and team has waited")
                .baseUnit("seconds")
                .register(registry);
    }

    @Scheduled(
            every = "${routing.metrics.refresh-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        List<WaitingGroup> now = groups.read();
        waiting.register(
                now.stream().map(g -> MultiGauge.Row.of(tags(g), g.waiting())).toList(), true);
        oldest.register(
                now.stream()
                        .map(g -> MultiGauge.Row.of(tags(g), g.oldestWait().toMillis() / 1000.0))
                        .toList(),
                true);
    }

    private static Tags tags(WaitingGroup g) {
        return Tags.of("tenant", g.tenant(), "bot", g.bot(), "team", g.team() == null ? NO_TEAM : g.team());
    }
}
