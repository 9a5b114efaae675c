package dev.handoff.agent.adapter.in.metrics;

import dev.handoff.agent.application.port.in.ReadWorkloadUseCase;
import dev.handoff.agent.application.port.in.TenantWorkload;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Agents online, agents holding a chat and chats active per tenant (tenants are bounded per installation; never an
 * agent or a chat as a tag). Read on a timer, never on a scrape, so a slow database cannot stall /q/metrics; every
 * replica reports the same figures, so alerts take the max.
 */
@Startup
@Singleton
public class WorkloadGauges {
    private final ReadWorkloadUseCase workload;
    private final MultiGauge online;
    private final MultiGauge busy;
    private final MultiGauge chats;

    WorkloadGauges(ReadWorkloadUseCase workload, MeterRegistry registry) {
        this.workload = workload;
        this.online = MultiGauge.builder("handoff.agents.online")
                .description("Agents whose presence is ONLINE")
                .register(registry);
        this.busy = MultiGauge.builder("handoff.agents.busy")
                .description("Online agents holding at least one chat")
                .register(registry);
        this.chats = MultiGauge.builder("handoff.chats.active")
                .description("Chats assigned to an agent, not ended")
                .register(registry);
    }

    @Scheduled(
            every = "${agent.metrics.refresh-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        List<TenantWorkload> now = workload.read();
        publish(online, now, TenantWorkload::agentsOnline);
        publish(busy, now, TenantWorkload::agentsBusy);
        publish(chats, now, TenantWorkload::activeChats);
    }

    private static void publish(MultiGauge gauge, List<TenantWorkload> rows, ToLongFunction<TenantWorkload> value) {
        gauge.register(
                rows.stream()
                        .map(r -> MultiGauge.Row.of(Tags.of("tenant", r.tenant()), value.applyAsLong(r)))
                        .toList(),
                true);
    }
}
