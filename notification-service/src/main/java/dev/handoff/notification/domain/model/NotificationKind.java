package dev.handoff.notification.domain.model;

/** Why agents are notified; at most one notification of each kind per conversation. */
public enum NotificationKind {
    /** A visitor asked for a human. */
    NEW_REQUEST
}
