package dev.handoff.notification.application.port.in;

/** Mails the tenant's recipients once about a new live chat request. */
public interface NotifyNewHandoffUseCase {
    /** Records and sends the notification; a conversation already notified about is left alone. */
    void notifyNewHandoff(NotifyNewHandoffCommand command);
}
