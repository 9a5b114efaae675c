package dev.handoff.notification.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of agent_contact; the teams are a JSON array. */
@Entity
@Table(name = "agent_contact")
@IdClass(AgentRow.Key.class)
public class AgentContactEntity extends AgentRow {
    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String email;

    public String locale;

    public boolean supervisor;

    @Column(name = "teams", columnDefinition = "text", nullable = false)
    public String teamsJson;

    public String presence;

    @Column(name = "presence_at")
    public Instant presenceAt;
}
