package dev.handoff.routing.domain.model;

import dev.handoff.shared.model.WaitStatus;
import java.util.Objects;

/**
 * What a waiting visitor is told: their position in their queue (1 = next), the estimated wait (0 when the status
 * promises none), what can be said about that wait, and whether they may leave a message instead of waiting.
 */
public record AnnouncedPlace(int position, long waitSeconds, WaitStatus status, boolean leaveMessageOffered) {
    public AnnouncedPlace {
        if (position < 1 || waitSeconds < 0) {
            throw new IllegalArgumentException("position starts at 1 and a wait is never negative");
        }
        Objects.requireNonNull(status, "status");
    }

    /** A place without an offer to leave a message. */
    public AnnouncedPlace(int position, long waitSeconds, WaitStatus status) {
        this(position, waitSeconds, status, false);
    }

    /** A place with a measured wait. */
    public AnnouncedPlace(int position, long waitSeconds) {
        this(position, waitSeconds, WaitStatus.ESTIMATED);
    }

    /**
     * Whether a visitor told {@code this} should hear {@code now}: another place, status or offer always, another
     * wait only when it differs enough to change what a visitor would do (a fifth, and at least 30 seconds), so that
     * waits that drift with time do not flood visitors with announcements.
     */
    public boolean worthTelling(AnnouncedPlace now) {
        if (position != now.position || status != now.status || leaveMessageOffered != now.leaveMessageOffered) {
            return true;
        }
        long difference = Math.abs(waitSeconds - now.waitSeconds);
        return difference >= Math.max(30, Math.max(waitSeconds, now.waitSeconds) / 5);
    }
}
