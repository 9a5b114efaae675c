package dev.handoff.routing.adapter.out.persistence;

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
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** The rows of a contract suite in PostgreSQL, written by the repositories that own them, each committed alone. */
@ApplicationScoped
class PostgresRoutingRows implements RoutingRows {
    private final QueueRepository queue;
    private final ClaimQueueRepository claims;
    private final OfferRepository offers;
    private final AgentLoadRepository load;
    private final RoutingSettingsRepository settings;
    private final AgentPresenceRepository presence;
    private final StrategySettingsRepository strategies;

    PostgresRoutingRows(
            QueueRepository queue,
            ClaimQueueRepository claims,
            OfferRepository offers,
            AgentLoadRepository load,
            RoutingSettingsRepository settings,
            AgentPresenceRepository presence,
            StrategySettingsRepository strategies) {
        this.queue = queue;
        this.claims = claims;
        this.offers = offers;
        this.load = load;
        this.settings = settings;
        this.presence = presence;
        this.strategies = strategies;
    }

    @Override
    public void queued(QueueEntry entry) {
        QuarkusTransaction.requiringNew().run(() -> queue.addIfAbsent(entry));
    }

    @Override
    public void assigned(ConversationId conversation, AgentId agent) {
        QuarkusTransaction.requiringNew().run(() -> {
            claims.lockHold(conversation);
            claims.assign(conversation, agent, agent.value(), Instant.now());
        });
    }

    @Override
    public void offered(ConversationId conversation, AgentId agent, Instant expiresAt) {
        QuarkusTransaction.requiringNew().run(() -> offers.offer(conversation, agent, expiresAt));
    }

    @Override
    public void ended(ConversationId conversation) {
        QuarkusTransaction.requiringNew().run(() -> claims.end(conversation, Instant.now()));
    }

    @Override
    public void passedOver(ConversationId conversation, AgentId agent, PassOverReason reason) {
        QuarkusTransaction.requiringNew().run(() -> offers.passOver(conversation, agent, reason, Instant.now()));
    }

    @Override
    public boolean slotTaken(TenantId tenant, AgentId agent, int defaultLimit) {
        return QuarkusTransaction.requiringNew().call(() -> load.tryTakeSlot(tenant, agent, defaultLimit));
    }

    @Override
    public void ownLimit(TenantId tenant, AgentId agent, Integer maxChats) {
        QuarkusTransaction.requiringNew().run(() -> settings.saveAgentMaxChats(tenant, agent, maxChats));
    }

    @Override
    public void missedOffer(TenantId tenant, AgentId agent) {
        QuarkusTransaction.requiringNew().run(() -> load.recordMissedOffer(tenant, agent));
    }

    @Override
    public void awayRequested(TenantId tenant, AgentId agent, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> load.requestAway(tenant, agent, at));
    }

    @Override
    public void reported(AgentPresence report) {
        QuarkusTransaction.requiringNew().run(() -> presence.save(report));
    }

    @Override
    public void strategy(TenantId tenant, TeamId team, AssignmentStrategy strategy) {
        QuarkusTransaction.requiringNew().run(() -> RoutingRows.saveStrategy(strategies, tenant, team, strategy));
    }

    @Override
    public Optional<ConversationHold> hold(ConversationId conversation) {
        return QuarkusTransaction.requiringNew().call(() -> claims.lockHold(conversation));
    }
}
