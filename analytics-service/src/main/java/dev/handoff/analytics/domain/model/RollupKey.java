package dev.handoff.analytics.domain.model;

import java.time.Instant;

/** Names one rollup row of a tenant: a span of a grain, and a slice of the chats. */
public record RollupKey(Grain grain, Instant start, Dimension dimension, String value) {}
