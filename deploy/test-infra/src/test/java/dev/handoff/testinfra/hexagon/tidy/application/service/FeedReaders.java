package dev.handoff.testinfra.hexagon.tidy.application.service;

import java.util.concurrent.Executor;

/** An application class given the executor it runs on. */
public class FeedReaders {
    private final Executor readers;

    public FeedReaders(Executor readers) {
        this.readers = readers;
    }

    public void read(Runnable task) {
        readers.execute(task);
    }
}
