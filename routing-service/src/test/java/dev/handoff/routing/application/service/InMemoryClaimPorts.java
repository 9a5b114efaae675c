package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AgentLoadPort;
import dev.handoff.routing.application.port.out.ClaimQueuePort;
import dev.handoff.routing.application.port.out.OfferPort;
import dev.handoff.routing.application.port.out.QueueHeadPort;
import dev.handoff.routing.application.port.out.QueueOrderPort;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.Offer;
import dev.handoff.routing.domain.model.PassOverReason;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueuePlace;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Queue holds, offers and agent loads in maps, for use-case tests; insertion order is arrival order and, all
 * priorities being equal, serving order.
 */
final class InMemoryClaimPorts implements ClaimQueuePort, QueueOrderPort, AgentLoadPort, OfferPort, QueueHeadPort {
    final Map<ConversationId, ConversationHold> holds = new LinkedHashMap<>();
    final Map<AgentId, Integer> active = new HashMap<>();
    final Map<AgentId, Integer> ownLimits = new HashMap<>();
    /** When each agent last took or gave back a slot; a counter stands in for the database clock. */
    final Map<AgentId, Instant> idleSince = new HashMap<>();

    final Map<String, PassOverReason> passedOver = new HashMap<>();
    /** Conversations another transaction has locked: {@link #lockNextWaiting} passes them by. */
    final Set<ConversationId> lockedElsewhere = new HashSet<>();
    /** Offers each agent let lapse in a row, and when routing last asked for them to be set away. */
    final Map<AgentId, Integer> missedOffers = new HashMap<>();

    final Map<AgentId, Instant> awayRequested = new HashMap<>();
    /** When conversations arrived, where a test cares (the offer to leave a message). */
    final Map<ConversationId, Instant> arrivals = new HashMap<>();

    private Instant databaseClock = Instant.parse("2026-11-23T08:00:00Z");

    void waiting(String id, TenantId tenant, TeamId team) {
        holds.put(
                ConversationId.of(id),
                new ConversationHold(ConversationId.of(id), tenant, team, 0, QueueStatus.WAITING, null));
    }

    /** A conversation the agent holds, with the slot it takes. */
    void held(String id, TenantId tenant, TeamId team, String agent) {
        holds.put(
                ConversationId.of(id),
                new ConversationHold(ConversationId.of(id), tenant, team, 0, QueueStatus.ASSIGNED, AgentId.of(agent)));
        active.merge(AgentId.of(agent), 1, Integer::sum);
    }

    /** A conversation offered to the agent until {@code expiresAt}. */
    void offered(String id, TenantId tenant, TeamId team, String agent, Instant expiresAt) {
        holds.put(
                ConversationId.of(id),
                new ConversationHold(
                        ConversationId.of(id),
                        tenant,
                        team,
                        0,
                        QueueStatus.OFFERED,
                        null,
                        new Offer(AgentId.of(agent), expiresAt)));
    }

    ConversationHold hold(String id) {
        return holds.get(ConversationId.of(id));
    }

    int activeOf(String agent) {
        return active.getOrDefault(AgentId.of(agent), 0);
    }

    private void replace(ConversationId id, TeamId team, QueueStatus status, AgentId holder, Offer offer) {
        replace(id, team, status, holder, offer, null);
    }

    private void replace(
            ConversationId id, TeamId team, QueueStatus status, AgentId holder, Offer offer, String holderName) {
        ConversationHold h = holds.get(id);
        holds.put(id, new ConversationHold(id, h.tenantId(), team, h.priority(), status, holder, offer, holderName));
    }

    @Override
    public Optional<ConversationHold> lockHold(ConversationId conversationId) {
        return Optional.ofNullable(holds.get(conversationId));
    }

    @Override
    public void assign(ConversationId id, AgentId agent, String agentDisplayName, Instant at) {
        replace(id, holds.get(id).team(), QueueStatus.ASSIGNED, agent, null, agentDisplayName);
    }

    @Override
    public void end(ConversationId id, Instant at) {
        replace(id, holds.get(id).team(), QueueStatus.ENDED, null, null);
    }

    @Override
    public void reassign(ConversationId id, AgentId agent, String agentDisplayName, Instant at) {
        replace(id, holds.get(id).team(), QueueStatus.ASSIGNED, agent, null, agentDisplayName);
    }

    @Override
    public void returnToQueue(ConversationId id, TeamId team) {
        // Replacing a key keeps its place in a LinkedHashMap: the original place in serving order.
        replace(id, team, QueueStatus.WAITING, null, null);
    }

    @Override
    public List<ConversationId> inHandsOf(TenantId tenant, AgentId agent, boolean heldToo) {
        return holds.values().stream()
                .filter(h -> h.tenantId().equals(tenant))
                .filter(h -> h.offeredTo().filter(agent::equals).isPresent() || heldToo && agent.equals(h.holder()))
                .map(ConversationHold::conversationId)
                .toList();
    }

    @Override
    public List<ConversationId> waitingIn(TenantId tenant, TeamId team) {
        return holds.values().stream()
                .filter(h -> h.status() == QueueStatus.WAITING || h.status() == QueueStatus.OFFERED)
                .filter(h -> h.tenantId().equals(tenant) && Objects.equals(h.team(), team))
                .map(ConversationHold::conversationId)
                .toList();
    }

    @Override
    public Map<ConversationId, Instant> arrivalsIn(TenantId tenant, TeamId team) {
        Map<ConversationId, Instant> known = new HashMap<>(arrivals);
        known.keySet().retainAll(waitingIn(tenant, team));
        return known;
    }

    @Override
    public boolean tryTakeSlot(TenantId tenant, AgentId agent, int defaultLimit) {
        int now = active.getOrDefault(agent, 0);
        if (now >= limitOf(tenant, agent, defaultLimit)) {
            return false;
        }
        active.put(agent, now + 1);
        idleSince.put(agent, tick());
        missedOffers.remove(agent);
        return true;
    }

    @Override
    public int recordMissedOffer(TenantId tenant, AgentId agent) {
        return missedOffers.merge(agent, 1, Integer::sum);
    }

    @Override
    public void resetMissedOffers(TenantId tenant, AgentId agent) {
        missedOffers.remove(agent);
    }

    @Override
    public void requestAway(TenantId tenant, AgentId agent, Instant at) {
        missedOffers.remove(agent);
        awayRequested.put(agent, at);
    }

    @Override
    public void releaseSlot(TenantId tenant, AgentId agent) {
        active.computeIfPresent(agent, (a, n) -> Math.max(0, n - 1));
        idleSince.put(agent, tick());
    }

    @Override
    public int limitOf(TenantId tenant, AgentId agent, int defaultLimit) {
        return ownLimits.getOrDefault(agent, defaultLimit);
    }

    private Instant tick() {
        databaseClock = databaseClock.plusSeconds(1);
        return databaseClock;
    }

    @Override
    public void offer(ConversationId id, AgentId agent, Instant expiresAt) {
        replace(id, holds.get(id).team(), QueueStatus.OFFERED, null, new Offer(agent, expiresAt));
    }

    @Override
    public void withdraw(ConversationId id) {
        replace(id, holds.get(id).team(), QueueStatus.WAITING, null, null);
    }

    @Override
    public List<ConversationId> lockExpired(Instant now, int max) {
        return holds.values().stream()
                .filter(h -> h.status() == QueueStatus.OFFERED && h.offer().expiredAt(now))
                .filter(h -> !lockedElsewhere.contains(h.conversationId()))
                .map(ConversationHold::conversationId)
                .limit(max)
                .toList();
    }

    @Override
    public void passOver(ConversationId id, AgentId agent, PassOverReason reason, Instant at) {
        passedOver.put(id.value() + "/" + agent.value(), reason);
    }

    @Override
    public boolean timedOut(ConversationId id, AgentId agent) {
        return passedOver.get(id.value() + "/" + agent.value()) == PassOverReason.TIMED_OUT;
    }

    boolean passedOver(ConversationId id, AgentId agent) {
        return passedOver.containsKey(id.value() + "/" + agent.value());
    }

    @Override
    public Optional<QueueHead> lockNextWaiting(QueueKey queue, QueuePlace after) {
        List<ConversationHold> inOrder = new ArrayList<>(holds.values());
        for (int arrival = 0; arrival < inOrder.size(); arrival++) {
            ConversationHold h = inOrder.get(arrival);
            QueuePlace place = new QueuePlace(h.priority(), arrival);
            if (h.status() == QueueStatus.WAITING
                    && h.tenantId().equals(queue.tenant())
                    && Objects.equals(h.team(), queue.team())
                    && !lockedElsewhere.contains(h.conversationId())
                    && (after == null || after.isBefore(place))) {
                return Optional.of(new QueueHead(h, place));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<QueueKey> queuesToServe(TenantId tenant) {
        return holds.values().stream()
                .filter(h -> h.status() == QueueStatus.WAITING)
                .filter(h -> tenant == null || h.tenantId().equals(tenant))
                .map(h -> new QueueKey(h.tenantId(), h.team()))
                .distinct()
                .toList();
    }
}
