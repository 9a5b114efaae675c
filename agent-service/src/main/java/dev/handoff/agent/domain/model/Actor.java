package dev.handoff.agent.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.util.Objects;

/**
 * Someone acting on chats, as their verified token says.
 *
 * @param displayName what visitors see as the author of this agent's messages
 * @param supervisor supervisors may read every chat of their tenant, and manage shared quick replies
 */
public record Actor(TenantId tenantId, AgentId agentId, String displayName, boolean supervisor) {
    public Actor {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(agentId, "agentId");
        displayName = displayName == null || displayName.isBlank() ? agentId.value() : displayName.strip();
        displayName = Texts.cut(displayName, AgentProfile.MAX_DISPLAY_NAME);
    }
}
