package dev.handoff.routing.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.util.Objects;

/**
 * Someone handing a conversation on.
 *
 * @param supervisor true when the caller supervises the tenant and so may transfer any of its chats
 */
public record Transferor(AgentId agentId, TenantId tenantId, boolean supervisor) {
    public Transferor {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(tenantId, "tenantId");
    }
}
