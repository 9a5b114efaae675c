package dev.handoff.shared.model;

import java.time.Instant;

/** One stretch of real time during which a slot is open: {@code start} inclusive, {@code end} exclusive. */
record OpenPeriod(Instant start, Instant end) {
    boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
