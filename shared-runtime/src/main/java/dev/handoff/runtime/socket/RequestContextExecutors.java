package dev.handoff.runtime.socket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.concurrent.Executor;

/**
 * Runs socket work in a request context of its own, through Quarkus' {@link ActivateRequestContext}: use cases may read
 * through Hibernate outside a transaction, which needs one, and a socket task outlives the frame (or HTTP request) that
 * queued it.
 */
@ApplicationScoped
public class RequestContextExecutors {
    /** An executor that runs each task of {@code pool} in a request context (a fresh one, ended right after it). */
    public Executor on(Executor pool) {
        return task -> pool.execute(() -> run(task));
    }

    /** Runs {@code task} in the active request context, or in a new one ended right after it. */
    @ActivateRequestContext
    public void run(Runnable task) {
        task.run();
    }
}
