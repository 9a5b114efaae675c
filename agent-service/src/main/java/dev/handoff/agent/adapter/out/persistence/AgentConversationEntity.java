package dev.handoff.agent.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of agent_conversation; the handoff details columns stay null until the request is known. */
@Entity
@Table(name = "agent_conversation")
public class AgentConversationEntity extends PanacheEntityBase {
    @Id
    public String id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "bot_id")
    public String botId;

    @Column(name = "bot_display_name")
    public String botDisplayName;

    @Column(name = "bot_avatar_url")
    public String botAvatarUrl;

    @Column(name = "visitor_name")
    public String visitorName;

    @Column(name = "visitor_email")
    public String visitorEmail;

    @Column(name = "visitor_locale")
    public String visitorLocale;

    @Column(name = "visitor_attributes", columnDefinition = "text")
    public String visitorAttributesJson;

    @Column(name = "bot_history", columnDefinition = "text")
    public String botHistoryJson;

    public String language;

    public String team;

    public int priority;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(nullable = false)
    public String state;

    public String assignee;

    @Column(name = "state_since")
    public Instant stateSince;

    public String subject;

    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "last_sequence", nullable = false)
    public long lastSequence;

    @Column(name = "end_proposed_at")
    public Instant endProposedAt;
}
