package dev.handoff.notification.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of watched_conversation; the visitor's attributes and the preview lines are JSON text. */
@Entity
@Table(name = "watched_conversation")
public class WatchedConversationEntity extends PanacheEntityBase {
    @Id
    @Column(name = "conversation_id")
    public String conversationId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String state;

    @Column(name = "bot_id")
    public String botId;

    @Column(name = "bot_name")
    public String botName;

    @Column(name = "visitor_name")
    public String visitorName;

    @Column(name = "visitor_email")
    public String visitorEmail;

    @Column(name = "visitor_locale")
    public String visitorLocale;

    @Column(name = "visitor_attributes", columnDefinition = "text")
    public String visitorAttributesJson;

    @Column(name = "preview", columnDefinition = "text")
    public String previewJson;

    public String team;

    @Column(name = "requested_at")
    public Instant requestedAt;

    public boolean queued;

    public Integer position;

    @Column(name = "estimated_wait_seconds")
    public Long estimatedWaitSeconds;

    @Column(name = "agent_id")
    public String agentId;

    @Column(name = "agent_name")
    public String agentName;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
