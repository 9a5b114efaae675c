package dev.handoff.runtime.concurrent;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import io.smallrye.context.SmallRyeManagedExecutor;
import io.smallrye.context.SmallRyeThreadContext;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * Managed executors on threads of their own, made to be produced as CDI beans whose disposer shuts them down. Not
 * {@code ManagedExecutor.builder()}: in Quarkus that one runs its tasks on the shared worker pool (its maxAsync only
 * caps concurrency), where the long waits these pools exist for (LISTEN loops, feed readers, socket work, SMTP) would
 * starve request handling. A task carries no context from whoever submitted it, no request context, transaction or
 * Vert.x context: socket work outlives the HTTP request that queued it and opens a request context of its own.
 */
public final class ManagedPools {
    private ManagedPools() {}

    /** {@code threads} daemon threads named {@code name-N}; tasks beyond them wait in order. */
    public static ManagedExecutor fixed(String name, int threads, MeterRegistry registry) {
        return managed(
                name,
                threads,
                new ThreadPoolExecutor(
                        threads, threads, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), named(name)),
                registry);
    }

    /** A daemon thread per task running at once, named {@code name-N}, kept a minute when idle. */
    public static ManagedExecutor cached(String name, MeterRegistry registry) {
        return managed(
                name,
                -1,
                new ThreadPoolExecutor(
                        0, Integer.MAX_VALUE, 60L, TimeUnit.SECONDS, new SynchronousQueue<>(), named(name)),
                registry);
    }

    private static ManagedExecutor managed(String name, int maxAsync, ThreadPoolExecutor pool, MeterRegistry registry) {
        new ExecutorServiceMetrics(pool, name, Tags.empty()).bindTo(registry);
        SmallRyeThreadContext noContext = SmallRyeThreadContext.builder()
                .propagated(ThreadContext.NONE)
                .unchanged(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING)
                .injectionPointName(name)
                .build();
        // Over the pool itself, not a view of it, so that shutting the executor down ends its threads.
        return new SmallRyeManagedExecutor(maxAsync, -1, noContext, pool, name);
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
