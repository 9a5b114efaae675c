package dev.handoff.notification.domain.model;

/** Where a notification is on its way to the recipients. */
public enum NotificationStatus {
    /** Recorded, not yet tried. */
    PENDING,
    /** Handed to the mail server. */
    SENT,
    /** The last attempt failed; it is tried again at {@link Notification#nextAttemptAt()}. */
    FAILED,
    /** Every attempt failed; nothing more is tried (the failure was logged as an error). */
    ABANDONED,
    /** The tenant had no recipients when it was due; there was nobody to tell. */
    NO_RECIPIENTS
}
