package dev.handoff.notification.domain.model;

/** Where one mail to one recipient is. */
public enum MailStatus {
    /** Recorded, not yet tried. */
    PENDING,
    /** The mail server accepted it. */
    SENT,
    /** The last attempt failed; it is tried again at {@link Mail#nextAttemptAt()}. */
    FAILED,
    /** Every attempt failed; nothing more is tried. */
    ABANDONED;

    /** Whether it may still be sent. */
    public boolean isOpen() {
        return this == PENDING || this == FAILED;
    }
}
