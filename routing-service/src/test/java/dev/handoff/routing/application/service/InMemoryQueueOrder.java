package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.QueueOrderPort;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The serving order of the in-memory queue rows: priority first, then arrival (a stable sort keeps it). */
final class InMemoryQueueOrder implements QueueOrderPort {
    private final InMemoryTables tables;

    InMemoryQueueOrder(InMemoryTables tables) {
        this.tables = tables;
    }

    @Override
    public List<ConversationId> waitingIn(TenantId tenant, TeamId team) {
        return tables.holds.values().stream()
                .filter(InMemoryTables::inLine)
                .filter(h -> h.tenantId().equals(tenant) && Objects.equals(h.team(), team))
                .sorted(Comparator.comparingInt(ConversationHold::priority).reversed())
                .map(ConversationHold::conversationId)
                .toList();
    }

    /** Only the rows whose arrival a test or the enqueue gave. */
    @Override
    public Map<ConversationId, Instant> arrivalsIn(TenantId tenant, TeamId team) {
        Map<ConversationId, Instant> known = new HashMap<>(tables.arrivals);
        known.keySet().retainAll(waitingIn(tenant, team));
        return known;
    }
}
