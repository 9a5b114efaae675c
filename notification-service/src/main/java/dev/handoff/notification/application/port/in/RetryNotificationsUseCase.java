package dev.handoff.notification.application.port.in;

/** Tries again to send notifications whose earlier attempt failed. */
public interface RetryNotificationsUseCase {
    /** Tries the notification due longest, if any, in a transaction of its own; false when none is due. */
    boolean retryNextDue();
}
