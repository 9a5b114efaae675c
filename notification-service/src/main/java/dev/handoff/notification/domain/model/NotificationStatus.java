package dev.handoff.notification.domain.model;

/** Where a notification is between its trigger and the mails it became. */
public enum NotificationStatus {
    /** A durable timer: decided when {@link Notification#dueAt()} comes (at once for most new requests). */
    SCHEDULED,
    /** Its recipients were chosen and one mail per recipient was recorded; see their {@link MailStatus}. */
    DECIDED,
    /** It became pointless before it was due, e.g. an agent took the request first; {@link Notification#note()} says why. */
    CANCELLED,
    /** When it was due there was nobody to tell (no recipients, everyone opted out, no address known). */
    NO_RECIPIENTS
}
