package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AnnouncedPositionsPort;
import dev.handoff.routing.domain.model.AnnouncedPlace;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.id.ConversationId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** What the visitors of each queue were last told, in maps, for use-case tests. */
final class InMemoryAnnouncedPositions implements AnnouncedPositionsPort {
    final Map<QueueKey, Map<ConversationId, AnnouncedPlace>> told = new HashMap<>();

    @Override
    public Map<ConversationId, AnnouncedPlace> toldIn(QueueKey queue) {
        return new HashMap<>(told.getOrDefault(queue, Map.of()));
    }

    @Override
    public void store(QueueKey queue, Map<ConversationId, AnnouncedPlace> places, Set<ConversationId> gone) {
        Map<ConversationId, AnnouncedPlace> of = told.computeIfAbsent(queue, q -> new HashMap<>());
        of.putAll(places);
        gone.forEach(of::remove);
    }
}
