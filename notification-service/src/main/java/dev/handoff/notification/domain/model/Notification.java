package dev.handoff.notification.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A reason to mail someone about a conversation, from its trigger until its recipients were chosen. While
 * {@link NotificationStatus#SCHEDULED} it is a durable timer: whichever replica claims it once it is due decides it.
 *
 * @see Mail one per recipient, once decided
 */
public final class Notification {
    /** Longest note kept. */
    public static final int MAX_NOTE_LENGTH = 200;

    private final UUID id;
    private final TenantId tenantId;
    private final ConversationId conversationId;
    private final NotificationKind kind;
    private final int seq;
    private final AgentId agentId;
    private final Instant createdAt;
    private NotificationStatus status;
    private Instant dueAt;
    private Instant decidedAt;
    private String note;

    /**
     * @param seq 0, except for visitor messages: the batch number within the conversation, 1, 2, 3...
     * @param agentId for visitor messages the agent who held the chat, else null
     */
    public Notification(
            UUID id,
            TenantId tenantId,
            ConversationId conversationId,
            NotificationKind kind,
            int seq,
            AgentId agentId,
            Instant createdAt,
            NotificationStatus status,
            Instant dueAt,
            Instant decidedAt,
            String note) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.conversationId = Objects.requireNonNull(conversationId, "conversationId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.seq = seq;
        this.agentId = agentId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Objects.requireNonNull(status, "status");
        this.dueAt = Objects.requireNonNull(dueAt, "dueAt");
        this.decidedAt = decidedAt;
        this.note = note;
    }

    /** A timer about a waiting request. */
    public static Notification scheduled(
            TenantId tenant, ConversationId conversation, NotificationKind kind, Instant dueAt, Instant now) {
        if (!kind.isAboutWaiting()) {
            throw new IllegalArgumentException(kind + " is collected in batches");
        }
        return new Notification(
                UUID.randomUUID(),
                tenant,
                conversation,
                kind,
                0,
                null,
                now,
                NotificationStatus.SCHEDULED,
                dueAt,
                null,
                null);
    }

    /** The {@code seq}-th batch of visitor messages for {@code agent}, collected until {@code dueAt}. */
    public static Notification visitorMessages(
            TenantId tenant, ConversationId conversation, int seq, AgentId agent, Instant dueAt, Instant now) {
        return new Notification(
                UUID.randomUUID(),
                tenant,
                conversation,
                NotificationKind.VISITOR_MESSAGE,
                seq,
                Objects.requireNonNull(agent, "agent"),
                now,
                NotificationStatus.SCHEDULED,
                dueAt,
                null,
                null);
    }

    /** Brings the timer forward to {@code at} if it would fire later; a timer no longer scheduled is left alone. */
    public void dueNoLaterThan(Instant at) {
        if (status == NotificationStatus.SCHEDULED && dueAt.isAfter(at)) {
            dueAt = at;
        }
    }

    /** Recipients were chosen and their mails recorded. */
    public void decided(Instant now) {
        requireScheduled();
        status = NotificationStatus.DECIDED;
        decidedAt = now;
    }

    /** Nobody was there to tell, for the reason given. */
    public void noRecipients(String why, Instant now) {
        requireScheduled();
        status = NotificationStatus.NO_RECIPIENTS;
        decidedAt = now;
        note = cut(why);
    }

    /** It is no longer worth sending; a timer already decided or cancelled is left alone. */
    public boolean cancel(String why, Instant now) {
        if (status != NotificationStatus.SCHEDULED) {
            return false;
        }
        status = NotificationStatus.CANCELLED;
        decidedAt = now;
        note = cut(why);
        return true;
    }

    public boolean isScheduled() {
        return status == NotificationStatus.SCHEDULED;
    }

    private void requireScheduled() {
        if (status != NotificationStatus.SCHEDULED) {
            throw new IllegalStateException("notification " + id + " is already " + status);
        }
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_NOTE_LENGTH ? text : text.substring(0, MAX_NOTE_LENGTH);
    }

    public UUID id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public ConversationId conversationId() {
        return conversationId;
    }

    public NotificationKind kind() {
        return kind;
    }

    public int seq() {
        return seq;
    }

    public AgentId agentId() {
        return agentId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public NotificationStatus status() {
        return status;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String note() {
        return note;
    }
}
