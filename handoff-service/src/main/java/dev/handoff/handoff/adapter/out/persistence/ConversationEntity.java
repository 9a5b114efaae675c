package dev.handoff.handoff.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of conversation. */
@Entity
@Table(name = "conversation")
public class ConversationEntity extends PanacheEntityBase {
    @Id
    public String id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "bot_id", nullable = false)
    public String botId;

    @Column(name = "visitor_name")
    public String visitorName;

    @Column(name = "visitor_email")
    public String visitorEmail;

    @Column(name = "visitor_locale")
    public String visitorLocale;

    @Column(name = "visitor_attributes", columnDefinition = "text")
    public String visitorAttributesJson;

    public String language;

    public String team;

    public int priority;

    @Column(nullable = false)
    public String status;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "last_activity_at", nullable = false)
    public Instant lastActivityAt;

    @Column(name = "feed_sequence", nullable = false)
    public long feedSequence;

    @Column(name = "delivered_sequence", nullable = false)
    public long deliveredSequence;

    @Column(name = "rated_at")
    public Instant ratedAt;

    @Column(name = "end_proposed_at")
    public Instant endProposedAt;

    @Column(name = "leave_message_offered_at")
    public Instant leaveMessageOfferedAt;
}
