package dev.handoff.analytics.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * What analytics knows about one live chat, assembled from events that may arrive in any order across
 * topics (a lifecycle event can come before its HandoffRequested). Every field but the ids may be unknown (null).
 */
public final class ConversationFact {
    private final TenantId tenantId;
    private final ConversationId conversationId;
    private BotId botId;
    private Instant firstSeenAt;
    private Instant requestedAt;
    private Instant queuedAt;
    private Instant assignedAt;
    private AgentId agentId;
    private Instant completedAt;
    private Instant endedAt;
    private Instant expiredAt;
    private Integer rating;

    public ConversationFact(TenantId tenantId, ConversationId conversationId) {
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.conversationId = Objects.requireNonNull(conversationId, "conversationId");
    }

    /** Rebuilds a stored fact. */
    public static ConversationFact restore(TenantId tenantId, ConversationId conversationId, BotId botId,
            Instant firstSeenAt, Instant requestedAt, Instant queuedAt, Instant assignedAt, AgentId agentId,
            Instant completedAt, Instant endedAt, Instant expiredAt, Integer rating) {
        ConversationFact fact = new ConversationFact(tenantId, conversationId);
        fact.botId = botId;
        fact.firstSeenAt = firstSeenAt;
        fact.requestedAt = requestedAt;
        fact.queuedAt = queuedAt;
        fact.assignedAt = assignedAt;
        fact.agentId = agentId;
        fact.completedAt = completedAt;
        fact.endedAt = endedAt;
        fact.expiredAt = expiredAt;
        fact.rating = rating;
        return fact;
    }

    /** The bot asked for a human. */
    public void requested(BotId bot, Instant at) {
        seen(at);
        botId = bot;
        requestedAt = earliest(requestedAt, at);
    }

    /** It entered a queue; a later requeue does not move the first queueing time. */
    public void queued(BotId bot, Instant at) {
        seen(at);
        botId = botId == null ? bot : botId;
        queuedAt = earliest(queuedAt, at);
    }

    /** An agent took it: the first assignment counts for the wait, the latest agent holds it. */
    public void assigned(AgentId agent, Instant at) {
        seen(at);
        assignedAt = earliest(assignedAt, at);
        agentId = agent;
    }

    /** It moved to another agent; a transfer back to a queue keeps the agent until someone else takes it. */
    public void transferred(AgentId toAgent, Instant at) {
        seen(at);
        if (toAgent != null) {
            agentId = toAgent;
        }
    }

    /** An agent completed it. */
    public void completed(AgentId agent, Instant at) {
        seen(at);
        completedAt = earliest(completedAt, at);
        agentId = agentId == null ? agent : agentId;
    }

    /** The visitor ended it. */
    public void endedByVisitor(Instant at) {
        seen(at);
        endedAt = earliest(endedAt, at);
    }

    /** It ended on its own after inactivity. */
    public void expired(Instant at) {
        seen(at);
        expiredAt = earliest(expiredAt, at);
    }

    /** The visitor rated it; a second rating replaces the first. */
    public void rated(int score, Instant at) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("a rating is 1 to 5, not " + score);
        }
        seen(at);
        rating = score;
    }

    /**
     * When the chat counts as started, for choosing the period it belongs to: the handoff request, or before
     * that has arrived, the earliest event seen.
     */
    public Instant startedAt() {
        return requestedAt != null ? requestedAt : firstSeenAt;
    }

    private void seen(Instant at) {
        Objects.requireNonNull(at, "at");
        firstSeenAt = earliest(firstSeenAt, at);
    }

    private static Instant earliest(Instant current, Instant candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public ConversationId conversationId() {
        return conversationId;
    }

    public BotId botId() {
        return botId;
    }

    public Instant firstSeenAt() {
        return firstSeenAt;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public AgentId agentId() {
        return agentId;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Instant expiredAt() {
        return expiredAt;
    }

    public Integer rating() {
        return rating;
    }
}
