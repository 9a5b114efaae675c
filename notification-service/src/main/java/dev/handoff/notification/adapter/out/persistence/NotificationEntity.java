package dev.handoff.notification.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Row of notification. Its {@code more_messages} counter is not mapped: only {@link BatchMessagesRepository} changes
 * it, with an UPDATE of its own, so a flush of this entity can never write back an older count.
 */
@Entity
@Table(name = "notification")
public class NotificationEntity extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "conversation_id", nullable = false)
    public String conversationId;

    @Column(nullable = false)
    public String kind;

    public int seq;

    @Column(name = "agent_id")
    public String agentId;

    @Column(nullable = false)
    public String status;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public String note;
}
