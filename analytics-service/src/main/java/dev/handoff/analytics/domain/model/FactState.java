package dev.handoff.analytics.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Channel;
import java.time.Instant;

/**
 * Everything stored about one chat, as the rollups read it. Message counts and the first agent message come from
 * the messages; the rest from requests and lifecycle events ({@link ConversationFact}).
 */
public record FactState(
        TenantId tenantId,
        ConversationId conversationId,
        BotId botId,
        TeamId team,
        Channel channel,
        String language,
        Instant firstSeenAt,
        Instant requestedAt,
        Instant queuedAt,
        Instant assignedAt,
        AgentId agentId,
        Instant completedAt,
        Instant endedAt,
        Instant expiredAt,
        Integer rating,
        int transfers,
        Instant firstAgentMessageAt,
        int visitorMessages,
        int agentMessages,
        Instant messageLeftAt) {

    /** When the chat counts as started: the handoff request, else the first event seen. */
    public Instant startedAt() {
        return requestedAt != null ? requestedAt : firstSeenAt;
    }

    /** An agent took it at some point. */
    public boolean accepted() {
        return assignedAt != null;
    }

    /** The visitor left before any agent took it. */
    public boolean leftBeforeAccept() {
        return endedAt != null && (assignedAt == null || assignedAt.isAfter(endedAt));
    }

    /** The visitor left before any agent took it, with a message left instead of waiting. */
    public boolean leftMessage() {
        return messageLeftAt != null && leftBeforeAccept();
    }

    /** It expired before any agent took it (and the visitor had not left first). */
    public boolean expiredBeforeAccept() {
        return !leftBeforeAccept() && expiredAt != null && (assignedAt == null || assignedAt.isAfter(expiredAt));
    }

    /** When it ended (completed, left or expired, whichever came first), or null while open. */
    public Instant endAt() {
        Instant end = null;
        for (Instant candidate : new Instant[] {completedAt, endedAt, expiredAt}) {
            if (candidate != null && (end == null || candidate.isBefore(end))) {
                end = candidate;
            }
        }
        return end;
    }

    /** From the request (else the first queueing) to the first acceptance, in ms; null if never accepted. */
    public Long waitMillis() {
        Instant from = requestedAt != null ? requestedAt : queuedAt;
        return assignedAt == null || from == null ? null : millis(from, assignedAt);
    }

    /** From the first acceptance to the first agent message, in ms; null until an agent wrote. */
    public Long firstResponseMillis() {
        return assignedAt == null || firstAgentMessageAt == null ? null : millis(assignedAt, firstAgentMessageAt);
    }

    /** From the request to the end of an accepted chat, in ms; null while open or if never accepted. */
    public Long resolutionMillis() {
        Instant from = requestedAt != null ? requestedAt : queuedAt;
        Instant end = endAt();
        return !accepted() || from == null || end == null ? null : millis(from, end);
    }

    /** Visitor and agent messages of the live chat. */
    public int messages() {
        return visitorMessages + agentMessages;
    }

    /** The value this chat has for a breakdown, {@link Dimension#NONE} if it has none. */
    public String valueOf(Dimension dimension) {
        Object value = switch (dimension) {
            case ALL -> null;
            case BOT -> botId;
            case TEAM -> team;
            case AGENT -> accepted() ? agentId : null;
            case CHANNEL -> channel;
            case LANGUAGE -> language;
        };
        return value == null ? Dimension.NONE : value.toString();
    }

    private static long millis(Instant from, Instant to) {
        return Math.max(0, to.toEpochMilli() - from.toEpochMilli());
    }
}
