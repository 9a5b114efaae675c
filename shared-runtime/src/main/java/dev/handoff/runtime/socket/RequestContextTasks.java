package dev.handoff.runtime.socket;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import java.util.concurrent.Executor;

/**
 * Runs socket work in a request context of its own: use cases may read through Hibernate outside a transaction,
 * which needs one, and a socket task outlives the frame (or HTTP request) that queued it.
 */
public final class RequestContextTasks {
    private RequestContextTasks() {}

    /** An executor that runs each task of {@code pool} in a fresh request context. */
    public static Executor on(Executor pool) {
        return task -> pool.execute(() -> run(task));
    }

    /** Runs {@code task} in the active request context, or in a new one ended right after it. */
    public static void run(Runnable task) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            task.run();
            return;
        }
        requestContext.activate();
        try {
            task.run();
        } finally {
            requestContext.terminate();
        }
    }
}
