package dev.handoff.agent.application.port.out;

import dev.handoff.shared.event.PresenceChanged;

/** Announces presence changes to the other services, in the transaction that made them. */
public interface PublishPresencePort {
    void publish(PresenceChanged event);
}
