package dev.handoff.routing.application.port.out;

import dev.handoff.routing.domain.model.AgentPresence;
import dev.handoff.routing.domain.model.AssignmentStrategy;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.PassOverReason;
import dev.handoff.routing.domain.model.QueueEntry;
import dev.handoff.routing.domain.model.StrategySettings;
import dev.handoff.routing.domain.model.TeamStrategy;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts the rows a port contract suite starts from in place, through the ports that own them (each call committed on
 * its own where ports are transactional), so that a suite for one port reads what the others wrote.
 */
public interface RoutingRows {
    /** A visitor's entry in the queue of {@code team} (null: tenant-wide). */
    static QueueEntry entry(ConversationId id, TenantId tenant, TeamId team, int priority, Instant at) {
        return new QueueEntry(id, tenant, BotId.of("bot"), team, priority, at, "Visitor", null);
    }

    /** A conversation id no other test uses, so suites can share one database. */
    static ConversationId conversation(String name) {
        return ConversationId.of(name + "-" + UUID.randomUUID());
    }

    /** Saves the strategy of the tenant (team null) or the team's override, through the port both rows belong to. */
    static void saveStrategy(StrategySettingsPort port, TenantId tenant, TeamId team, AssignmentStrategy strategy) {
        if (team == null) {
            port.saveTenantStrategy(tenant, StrategySettings.DEFAULT.with(strategy, null));
        } else {
            port.saveTeamStrategy(tenant, team, new TeamStrategy(strategy, null));
        }
    }

    void queued(QueueEntry entry);

    /** The waiting conversation goes to the agent, as a claim gives it. */
    void assigned(ConversationId conversation, AgentId agent);

    void offered(ConversationId conversation, AgentId agent, Instant expiresAt);

    void ended(ConversationId conversation);

    void passedOver(ConversationId conversation, AgentId agent, PassOverReason reason);

    /** The agent took one slot; false when at the limit. */
    boolean slotTaken(TenantId tenant, AgentId agent, int defaultLimit);

    /** A supervisor's limit for the agent (null: back to the default). */
    void ownLimit(TenantId tenant, AgentId agent, Integer maxChats);

    void missedOffer(TenantId tenant, AgentId agent);

    void awayRequested(TenantId tenant, AgentId agent, Instant at);

    void reported(AgentPresence presence);

    /** The strategy of the tenant (team null) or the team's override. */
    void strategy(TenantId tenant, TeamId team, AssignmentStrategy strategy);

    /** The conversation's row as a claim reads it. */
    Optional<ConversationHold> hold(ConversationId conversation);
}
