package dev.handoff.handoffservice.domain.model;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Instant;
import java.util.Objects;

/** The visitor's side of a live chat, from handoff to its end. */
public final class Conversation {
    private final ConversationId id;
    private final TenantId tenantId;
    private final BotId botId;
    private final VisitorInfo visitor;
    private final String language;
    private final TeamId team;
    private final int priority;
    private final Instant startedAt;
    private ConversationStatus status;
    private Instant lastActivityAt;

    public Conversation(ConversationId id, TenantId tenantId, BotId botId, VisitorInfo visitor, String language,
            TeamId team, int priority, Instant startedAt, ConversationStatus status, Instant lastActivityAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.botId = Objects.requireNonNull(botId, "botId");
        this.visitor = visitor == null ? VisitorInfo.anonymous() : visitor;
        this.language = language;
        this.team = team;
        this.priority = priority;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.lastActivityAt = lastActivityAt == null ? startedAt : lastActivityAt;
    }

    /** A conversation that has just been handed to the humans and waits for one. */
    public static Conversation handedOff(ConversationId id, TenantId tenantId, BotId botId, VisitorInfo visitor,
            String language, TeamId team, int priority, Instant now) {
        return new Conversation(id, tenantId, botId, visitor, language, team, priority, now,
                ConversationStatus.WAITING, now);
    }

    public boolean isActive() {
        return status.isActive();
    }

    /** An agent took the chat (claim, offer or transfer); an ended chat stays ended whatever arrives late. */
    public void assigned() {
        if (isActive()) {
            status = ConversationStatus.ASSIGNED;
        }
    }

    /** The chat waits for an agent again (requeued, transferred to a queue). */
    public void backInQueue() {
        if (isActive()) {
            status = ConversationStatus.WAITING;
        }
    }

    /** The chat is over; the first end wins. */
    public void ended(ConversationStatus how) {
        if (how.isActive()) {
            throw new IllegalArgumentException(how + " is not an end");
        }
        if (isActive()) {
            status = how;
        }
    }

    /** Whether this conversation belongs to {@code tenant} and {@code bot}. */
    public boolean belongsTo(TenantId tenant, BotId bot) {
        return tenantId.equals(tenant) && botId.equals(bot);
    }

    public ConversationId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public BotId botId() {
        return botId;
    }

    public VisitorInfo visitor() {
        return visitor;
    }

    public String language() {
        return language;
    }

    public TeamId team() {
        return team;
    }

    public int priority() {
        return priority;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public ConversationStatus status() {
        return status;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }
}
