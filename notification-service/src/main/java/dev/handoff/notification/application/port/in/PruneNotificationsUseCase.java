package dev.handoff.notification.application.port.in;

/** Forgets settled notifications and quiet conversations after the retention time, so the tables stay small. */
public interface PruneNotificationsUseCase {
    /** Deletes what is older than the retention, in one transaction. */
    void prune();
}
