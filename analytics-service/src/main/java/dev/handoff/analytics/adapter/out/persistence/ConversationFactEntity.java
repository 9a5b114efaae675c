package dev.handoff.analytics.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Row of conversation_fact. */
@Entity
@Table(name = "conversation_fact")
@IdClass(ConversationFactEntity.Key.class)
public class ConversationFactEntity extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "conversation_id")
    public String conversationId;

    @Column(name = "bot_id")
    public String botId;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "first_seen_at")
    public Instant firstSeenAt;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "queued_at")
    public Instant queuedAt;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Column(name = "agent_id")
    public String agentId;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "expired_at")
    public Instant expiredAt;

    public Integer rating;

    /** Composite key: conversation ids are scoped by tenant. */
    public record Key(String tenantId, String conversationId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
