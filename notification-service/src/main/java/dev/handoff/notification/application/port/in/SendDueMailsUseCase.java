package dev.handoff.notification.application.port.in;

/** Sends the decided mails, and retries failed ones when due; one replica per mail. */
public interface SendDueMailsUseCase {
    /** Claims the mail due longest, if any, sends it and records the outcome in one transaction; false when none. */
    boolean sendNextDue();
}
