package dev.handoff.notification.application.port.in;

/** Keeps each agent's presence, which decides whether visitor messages are mailed to them. */
public interface TrackPresenceUseCase {
    void presenceChanged(PresenceCommand command);
}
