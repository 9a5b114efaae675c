package dev.handoff.routing.config;

import dev.handoff.runtime.concurrent.ManagedPools;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.context.ManagedExecutor;

/** The routing service's own pool (decision 0061). */
@Singleton
public class RoutingExecutors {
    /** Runs placement passes, each a row-locking transaction per conversation, off the committing thread. */
    public static final String DISPATCH = "routing-dispatch";

    @Produces
    @Singleton
    @Identifier(DISPATCH)
    ManagedExecutor dispatch(MeterRegistry registry, RoutingConfig config) {
        return ManagedPools.fixed(DISPATCH, config.dispatch().threads(), registry);
    }

    void closeDispatch(@Disposes @Identifier(DISPATCH) ManagedExecutor executor) {
        executor.shutdown();
    }
}
