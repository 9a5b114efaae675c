package dev.handoff.analytics.domain.model;

import java.time.Instant;

/** One rollup span (a quarter hour, hour, six-hour block, day or month) that is part of a bucket. */
public record RollupPiece(Grain grain, Instant start) {}
