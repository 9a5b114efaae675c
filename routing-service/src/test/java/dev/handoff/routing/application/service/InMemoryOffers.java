package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.OfferPort;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.Offer;
import dev.handoff.routing.domain.model.PassOverReason;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Offers on the in-memory queue rows, and who was passed over, for use-case tests. */
final class InMemoryOffers implements OfferPort {
    private final InMemoryTables tables;

    InMemoryOffers(InMemoryTables tables) {
        this.tables = tables;
    }

    @Override
    public void offer(ConversationId id, AgentId agent, Instant expiresAt) {
        ConversationHold h = tables.expect(id, Set.of(QueueStatus.WAITING));
        tables.replace(id, h.team(), QueueStatus.OFFERED, null, new Offer(agent, expiresAt), null);
    }

    @Override
    public void withdraw(ConversationId id) {
        ConversationHold h = tables.expect(id, Set.of(QueueStatus.OFFERED));
        tables.replace(id, h.team(), QueueStatus.WAITING, null, null, null);
    }

    @Override
    public List<ConversationId> lockExpired(Instant now, int max) {
        return tables.holds.values().stream()
                .filter(h -> h.status() == QueueStatus.OFFERED && h.offer().expiredAt(now))
                .filter(h -> !tables.lockedElsewhere.contains(h.conversationId()))
                .sorted(Comparator.comparing(h -> h.offer().expiresAt()))
                .map(ConversationHold::conversationId)
                .limit(max)
                .toList();
    }

    @Override
    public void passOver(ConversationId id, AgentId agent, PassOverReason reason, Instant at) {
        tables.passedOver.put(InMemoryTables.passKey(id, agent), reason);
    }

    @Override
    public boolean timedOut(ConversationId id, AgentId agent) {
        return tables.passedOver.get(InMemoryTables.passKey(id, agent)) == PassOverReason.TIMED_OUT;
    }
}
