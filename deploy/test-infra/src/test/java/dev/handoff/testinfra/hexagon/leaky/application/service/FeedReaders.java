package dev.handoff.testinfra.hexagon.leaky.application.service;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** An application class that makes and owns its thread pool: the leak the thread rules must catch. */
public class FeedReaders {
    private final ExecutorService readers = Executors.newFixedThreadPool(4, task -> new Thread(task, "reader"));

    public void read(Runnable task) {
        readers.execute(task);
    }
}
