package dev.handoff.analytics.application.port.out;

import java.time.Instant;

/** The inbox's ids of consumed events. */
public interface ProcessedEventsPort {
    /** Deletes the ids consumed before {@code before}; returns how many. */
    int forgetBefore(Instant before);
}
