package dev.handoff.testinfra.hexagon.tidy.config;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Pools are made here, in config. */
public class Pools {
    public ExecutorService readers() {
        return Executors.newFixedThreadPool(4);
    }
}
