package dev.handoff.notification.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;

/** The key of the rows kept per agent and tenant (the same person may answer for two tenants). */
@MappedSuperclass
public abstract class AgentRow extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "agent_id")
    public String agentId;

    /** Composite key: one row per agent and tenant. */
    public record Key(String tenantId, String agentId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
