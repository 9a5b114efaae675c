package dev.handoff.agent.config;

import dev.handoff.runtime.concurrent.ManagedPools;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.context.ManagedExecutor;

/** The agent service's own pool, off the event loop and the Quarkus worker pool (decision 0061). */
@Singleton
public class AgentExecutors {
    /** Catches console sockets up from the stored notices; each task reads the database and writes a socket. */
    public static final String NOTICE_DELIVERIES = "agent-notices";

    @Produces
    @Singleton
    @Identifier(NOTICE_DELIVERIES)
    ManagedExecutor noticeDeliveries(MeterRegistry registry) {
        return ManagedPools.fixed(NOTICE_DELIVERIES, 4, registry);
    }

    void closeNoticeDeliveries(@Disposes @Identifier(NOTICE_DELIVERIES) ManagedExecutor executor) {
        executor.shutdownNow();
    }
}
