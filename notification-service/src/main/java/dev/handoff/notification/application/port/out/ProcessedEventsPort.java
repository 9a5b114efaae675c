package dev.handoff.notification.application.port.out;

import java.time.Instant;

/** The inbox's record of consumed events, which would otherwise grow for ever. */
public interface ProcessedEventsPort {
    /** Deletes the ids of events consumed before {@code before}; returns how many. */
    int forgetBefore(Instant before);
}
