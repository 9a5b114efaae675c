package dev.handoff.agent.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of agent_connection: one open console socket, on whichever replica holds it. */
@Entity
@Table(name = "agent_connection")
public class AgentConnectionEntity {
    @Id
    @Column(name = "connection_id")
    public String connectionId;

    @Column(name = "agent_id", nullable = false)
    public String agentId;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "confirmed_at", nullable = false)
    public Instant confirmedAt;
}
