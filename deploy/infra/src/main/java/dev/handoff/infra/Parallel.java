package dev.handoff.infra;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/** Runs server starts and stops side by side: on 2 cores Kafka's JVM start overlaps PostgreSQL's initdb. */
final class Parallel {

    private Parallel() {}

    /** A start that may fail with an IOException. */
    @FunctionalInterface
    interface Starter<T> {
        T start() throws IOException;
    }

    /** @return the started server, or null at once when disabled */
    static <T> CompletableFuture<T> startIf(boolean enabled, String name, Starter<T> starter) {
        if (!enabled) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return starter.start();
                    } catch (IOException e) {
                        throw new CompletionException(e);
                    }
                },
                daemon("start-" + name));
    }

    /** @return the result, or null with the failure added to {@code failures} */
    static <T> T join(CompletableFuture<T> future, List<Throwable> failures) {
        try {
            return future.join();
        } catch (CompletionException e) {
            failures.add(e.getCause() == null ? e : e.getCause());
            return null;
        }
    }

    /**
     * One daemon thread per task. Its context class loader is this module's: the servers' own threads
     * inherit it, and a caller's loader (a Quarkus test application's) may be closed long before them.
     */
    static Executor daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.setContextClassLoader(Parallel.class.getClassLoader());
            thread.start();
        };
    }
}
