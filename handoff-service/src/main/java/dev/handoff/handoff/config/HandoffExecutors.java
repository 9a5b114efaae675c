package dev.handoff.handoff.config;

import dev.handoff.runtime.concurrent.ManagedPools;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * The handoff service's own pools, apart from each other and from the Quarkus worker pool that serves the
 * long-polling requests, so that a burst on one can never starve another (decision 0061).
 */
@Singleton
public class HandoffExecutors {
    /** Runs the Socket.IO sockets' use cases (database, Kafka); each socket keeps its order through a SerialWorker. */
    public static final String SOCKET_IO_WORKERS = "socket-io-worker";
    /** Reads visitor feeds from the database and writes them to the visitor sockets. */
    public static final String FEED_READERS = "visitor-feed-reader";

    @Produces
    @Singleton
    @Identifier(SOCKET_IO_WORKERS)
    ManagedExecutor socketIoWorkers(SocketIoConfig config, MeterRegistry registry) {
        return ManagedPools.fixed(SOCKET_IO_WORKERS, config.workerThreads(), registry);
    }

    @Produces
    @Singleton
    @Identifier(FEED_READERS)
    ManagedExecutor feedReaders(MeterRegistry registry) {
        return ManagedPools.fixed(FEED_READERS, 4, registry);
    }

    void closeSocketIoWorkers(@Disposes @Identifier(SOCKET_IO_WORKERS) ManagedExecutor executor) {
        executor.shutdown();
    }

    void closeFeedReaders(@Disposes @Identifier(FEED_READERS) ManagedExecutor executor) {
        executor.shutdownNow();
    }
}
