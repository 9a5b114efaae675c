package dev.handoff.routing.application.port.in;

import dev.handoff.routing.domain.model.AnnouncedPlace;
import dev.handoff.routing.domain.model.QueueEntry;
import java.util.Objects;

/**
 * A conversation in line, with its place in its own queue and the wait estimated for it now, computed as its
 * visitor is told them.
 */
public record WaitingConversation(QueueEntry entry, AnnouncedPlace place) {
    public WaitingConversation {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(place, "place");
    }
}
