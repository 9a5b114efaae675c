package dev.handoff.runtime.concurrent;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.context.ManagedExecutor;

/** The pools of shared-runtime's own parts: the outbox relay and the PostgreSQL channel listeners. */
@Singleton
public class RuntimeExecutors {
    /** One relay pass at a time. */
    public static final String OUTBOX_RELAY = "outbox-relay";
    /** Hands rows to the emitter from a thread without the relay's transaction. */
    public static final String OUTBOX_HAND_OFF = "outbox-hand-off";
    /** A thread per LISTEN loop, each held for the life of the process. */
    public static final String LISTEN = "listen";

    @Produces
    @Singleton
    @Identifier(OUTBOX_RELAY)
    ManagedExecutor outboxRelay(MeterRegistry registry) {
        return ManagedPools.fixed(OUTBOX_RELAY, 1, registry);
    }

    @Produces
    @Singleton
    @Identifier(OUTBOX_HAND_OFF)
    ManagedExecutor outboxHandOff(MeterRegistry registry) {
        return ManagedPools.fixed(OUTBOX_HAND_OFF, 1, registry);
    }

    @Produces
    @Singleton
    @Identifier(LISTEN)
    ManagedExecutor listen(MeterRegistry registry) {
        return ManagedPools.cached(LISTEN, registry);
    }

    void closeOutboxRelay(@Disposes @Identifier(OUTBOX_RELAY) ManagedExecutor executor) {
        executor.shutdown();
    }

    void closeOutboxHandOff(@Disposes @Identifier(OUTBOX_HAND_OFF) ManagedExecutor executor) {
        executor.shutdown();
    }

    void closeListen(@Disposes @Identifier(LISTEN) ManagedExecutor executor) {
        executor.shutdown();
    }
}
