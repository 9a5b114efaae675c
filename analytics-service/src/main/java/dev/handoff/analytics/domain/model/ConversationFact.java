package dev.handoff.analytics.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Channel;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What analytics knows about one live chat, assembled from events that may arrive in any order across
 * topics (a lifecycle event can come before its HandoffRequested). Every field but the ids may be unknown (null).
 * Message counts are kept by the store as messages arrive ({@link FactState}); they are read, never folded here.
 */
public final class ConversationFact {
    private final TenantId tenantId;
    private final ConversationId conversationId;
    private BotId botId;
    private TeamId team;
    private Channel channel;
    private String language;
    private Instant firstSeenAt;
    private Instant requestedAt;
    private Instant queuedAt;
    private Instant assignedAt;
    private AgentId agentId;
    private Instant completedAt;
    private Instant endedAt;
    private Instant expiredAt;
    private Integer rating;
    private int transfers;
    private Instant firstAgentMessageAt;
    private int visitorMessages;
    private int agentMessages;
    private Instant messageLeftAt;

    public ConversationFact(TenantId tenantId, ConversationId conversationId) {
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.conversationId = Objects.requireNonNull(conversationId, "conversationId");
    }

    /** Rebuilds a stored fact. */
    public static ConversationFact restore(FactState s) {
        ConversationFact fact = new ConversationFact(s.tenantId(), s.conversationId());
        fact.botId = s.botId();
        fact.team = s.team();
        fact.channel = s.channel();
        fact.language = s.language();
        fact.firstSeenAt = s.firstSeenAt();
        fact.requestedAt = s.requestedAt();
        fact.queuedAt = s.queuedAt();
        fact.assignedAt = s.assignedAt();
        fact.agentId = s.agentId();
        fact.completedAt = s.completedAt();
        fact.endedAt = s.endedAt();
        fact.expiredAt = s.expiredAt();
        fact.rating = s.rating();
        fact.transfers = s.transfers();
        fact.firstAgentMessageAt = s.firstAgentMessageAt();
        fact.visitorMessages = s.visitorMessages();
        fact.agentMessages = s.agentMessages();
        fact.messageLeftAt = s.messageLeftAt();
        return fact;
    }

    /** Everything, for storing. */
    public FactState state() {
        return new FactState(
                tenantId,
                conversationId,
                botId,
                team,
                channel,
                language,
                firstSeenAt,
                requestedAt,
                queuedAt,
                assignedAt,
                agentId,
                completedAt,
                endedAt,
                expiredAt,
                rating,
                transfers,
                firstAgentMessageAt,
                visitorMessages,
                agentMessages,
                messageLeftAt);
    }

    /** The bot asked for a human, for {@code team} in {@code language} over {@code channel} (each may be null). */
    public void requested(
            BotId bot, TeamId requestedTeam, String requestedLanguage, Channel requestedChannel, Instant at) {
        seen(at);
        botId = bot;
        team = requestedTeam != null ? requestedTeam : team;
        language = primaryLanguage(requestedLanguage) != null ? primaryLanguage(requestedLanguage) : language;
        channel = requestedChannel != null ? requestedChannel : channel;
        requestedAt = earliest(requestedAt, at);
    }

    /** It entered a queue; a later requeue does not move the first queueing time. */
    public void queued(BotId bot, TeamId queueTeam, Instant at) {
        seen(at);
        botId = botId == null ? bot : botId;
        team = team == null ? queueTeam : team;
        queuedAt = earliest(queuedAt, at);
    }

    /** An agent took it: the first assignment counts for the wait, the latest agent holds it. */
    public void assigned(AgentId agent, Instant at) {
        seen(at);
        assignedAt = earliest(assignedAt, at);
        agentId = agent;
    }

    /** It moved on; a transfer back to a queue keeps the agent until someone else takes it. */
    public void transferred(AgentId toAgent, Instant at) {
        seen(at);
        transfers++;
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

    /** The waiting visitor left a message instead: they left, with a message. */
    public void messageLeft(Instant at) {
        endedByVisitor(at);
        messageLeftAt = earliest(messageLeftAt, at);
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

    /** The language subtag analysts break down by: "en" for "en-ZA", lower case; null if none. */
    public static String primaryLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,8}") ? primary : null;
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

    public TeamId team() {
        return team;
    }

    public Channel channel() {
        return channel;
    }

    public String language() {
        return language;
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

    public int transfers() {
        return transfers;
    }
}
