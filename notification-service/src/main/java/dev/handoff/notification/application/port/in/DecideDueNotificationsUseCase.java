package dev.handoff.notification.application.port.in;

/** Fires the durable timers: decides due notifications, one replica per notification. */
public interface DecideDueNotificationsUseCase {
    /**
     * Claims the notification due longest, if any, and in one transaction cancels it or chooses its recipients and
     * records one mail each; false when none is due.
     */
    boolean decideNextDue();
}
