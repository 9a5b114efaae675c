package dev.handoff.handoff.domain.model;

import java.time.Instant;

/**
 * Whether a handoff can be made now.
 *
 * @param offlineMessage what the visitor is shown when closed, else null
 * @param nextOpening when it opens next, or null if open, disabled or never opening
 */
public record Availability(boolean open, Reason reason, String offlineMessage, Instant nextOpening) {
    /** Why handoffs are (not) possible. */
    public enum Reason {
        OPEN,
        OUTSIDE_BUSINESS_HOURS,
        HOLIDAY,
        DISABLED
    }

    public static Availability available() {
        return new Availability(true, Reason.OPEN, null, null);
    }

    public static Availability closed(Reason reason, String offlineMessage, Instant nextOpening) {
        return new Availability(false, reason, offlineMessage, nextOpening);
    }
}
