package dev.handoff.routing.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A conversation waiting for an agent in its tenant's (or team's) queue.
 *
 * @param team the team queue, or null for the tenant-wide queue
 * @param priority higher is served first; FIFO within a priority
 * @param visitorName the visitor's name, or "Anonymous"
 * @param preview the visitor's last message before the handoff, or null
 * @param offeredTo the agent it is offered to right now (still waiting for the visitor), or null
 * @param overflowedFrom the team queue it waited in before it overflowed to the tenant-wide queue, or null
 */
public record QueueEntry(
        ConversationId conversationId,
        TenantId tenantId,
        BotId botId,
        TeamId team,
        int priority,
        Instant enqueuedAt,
        String visitorName,
        String preview,
        AgentId offeredTo,
        TeamId overflowedFrom) {
    public QueueEntry {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(enqueuedAt, "enqueuedAt");
    }

    /** An entry offered to nobody, such as a new arrival. */
    public QueueEntry(
            ConversationId conversationId,
            TenantId tenantId,
            BotId botId,
            TeamId team,
            int priority,
            Instant enqueuedAt,
            String visitorName,
            String preview) {
        this(conversationId, tenantId, botId, team, priority, enqueuedAt, visitorName, preview, null, null);
    }

    /** An entry that did not overflow. */
    public QueueEntry(
            ConversationId conversationId,
            TenantId tenantId,
            BotId botId,
            TeamId team,
            int priority,
            Instant enqueuedAt,
            String visitorName,
            String preview,
            AgentId offeredTo) {
        this(conversationId, tenantId, botId, team, priority, enqueuedAt, visitorName, preview, offeredTo, null);
    }
}
