package dev.handoff.agent.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Row of agent_presence. Its last_seq column is deliberately not mapped: only AgentNoticeRepository
 * raises it, with SQL, and saving this entity must never write an older value back.
 */
@Entity
@Table(name = "agent_presence")
public class AgentPresenceEntity {
    @Id
    @Column(name = "agent_id")
    public String agentId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public String teams;

    /** The roles of the agent's latest ticket, a JSON array: supervisors see every team's requests. */
    @Column(nullable = false)
    public String roles;

    @Column(nullable = false)
    public String status;

    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    @Column(name = "offline_due_at")
    public Instant offlineDueAt;
}
