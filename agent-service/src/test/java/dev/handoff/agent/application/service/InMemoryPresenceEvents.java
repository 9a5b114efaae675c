package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.PublishPresencePort;
import dev.handoff.shared.event.PresenceChanged;
import java.util.ArrayList;
import java.util.List;

/** The presence changes the use cases would have published, in order. */
final class InMemoryPresenceEvents implements PublishPresencePort {
    final List<PresenceChanged> published = new ArrayList<>();

    @Override
    public void publish(PresenceChanged event) {
        published.add(event);
    }
}
