package dev.handoff.testinfra.hexagon.tidy.adapter.out.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A metrics adapter that records the wait the use case hands it, read by the persistence adapter. */
public class AcceptWaitTimer {
    private final List<Duration> recorded = new ArrayList<>();

    public void assigned(Duration waited) {
        recorded.add(waited);
    }
}
