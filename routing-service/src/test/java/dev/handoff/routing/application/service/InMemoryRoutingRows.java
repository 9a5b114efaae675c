package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.RoutingRows;
import dev.handoff.routing.domain.model.AgentPresence;
import dev.handoff.routing.domain.model.AssignmentStrategy;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.PassOverReason;
import dev.handoff.routing.domain.model.QueueEntry;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Optional;

/** The rows of a contract suite in the in-memory tables, written through the fakes that own them. */
final class InMemoryRoutingRows implements RoutingRows {
    final InMemoryTables tables = new InMemoryTables();
    final InMemoryPresence presence = new InMemoryPresence();
    final InMemoryStrategies strategies = new InMemoryStrategies();
    private final InMemoryClaimQueue claimQueue = new InMemoryClaimQueue(tables);
    private final InMemoryOffers offers = new InMemoryOffers(tables);
    private final InMemoryAgentLoad load = new InMemoryAgentLoad(tables);

    @Override
    public void queued(QueueEntry entry) {
        tables.queue(entry);
    }

    @Override
    public void assigned(ConversationId conversation, AgentId agent) {
        claimQueue.assign(conversation, agent, agent.value(), Instant.now());
    }

    @Override
    public void offered(ConversationId conversation, AgentId agent, Instant expiresAt) {
        offers.offer(conversation, agent, expiresAt);
    }

    @Override
    public void ended(ConversationId conversation) {
        claimQueue.end(conversation, Instant.now());
    }

    @Override
    public void passedOver(ConversationId conversation, AgentId agent, PassOverReason reason) {
        offers.passOver(conversation, agent, reason, Instant.now());
    }

    @Override
    public boolean slotTaken(TenantId tenant, AgentId agent, int defaultLimit) {
        return load.tryTakeSlot(tenant, agent, defaultLimit);
    }

    /** As the capacity settings' upsert of {@code agent_load.max_chats}. */
    @Override
    public void ownLimit(TenantId tenant, AgentId agent, Integer maxChats) {
        tables.load(tenant, agent).ownLimit = maxChats;
    }

    @Override
    public void missedOffer(TenantId tenant, AgentId agent) {
        load.recordMissedOffer(tenant, agent);
    }

    @Override
    public void awayRequested(TenantId tenant, AgentId agent, Instant at) {
        load.requestAway(tenant, agent, at);
    }

    @Override
    public void reported(AgentPresence report) {
        presence.save(report);
    }

    @Override
    public void strategy(TenantId tenant, TeamId team, AssignmentStrategy strategy) {
        RoutingRows.saveStrategy(strategies, tenant, team, strategy);
    }

    @Override
    public Optional<ConversationHold> hold(ConversationId conversation) {
        return claimQueue.lockHold(conversation);
    }
}
