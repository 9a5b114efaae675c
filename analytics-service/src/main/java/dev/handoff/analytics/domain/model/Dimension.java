package dev.handoff.analytics.domain.model;

import java.util.Locale;
import java.util.Optional;

/** What metrics can be broken down by; {@link #ALL} is the tenant as a whole. */
public enum Dimension {
    ALL,
    BOT,
    TEAM,
    AGENT,
    CHANNEL,
    LANGUAGE;

    /** The value rollups store for a conversation without one (no team, never accepted, language unknown). */
    public static final String NONE = "";

    /** The name used in URLs and rollup rows: lower case. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The dimension a rollup row names by {@link #key()}. */
    public static Dimension ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }

    /** The dimension named {@code key}, ignoring case; {@link #ALL} is not a breakdown and is not found. */
    public static Optional<Dimension> breakdown(String key) {
        for (Dimension dimension : values()) {
            if (dimension != ALL && dimension.key().equalsIgnoreCase(key)) {
                return Optional.of(dimension);
            }
        }
        return Optional.empty();
    }
}
