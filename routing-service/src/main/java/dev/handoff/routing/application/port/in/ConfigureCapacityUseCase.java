package dev.handoff.routing.application.port.in;

import dev.handoff.routing.domain.model.CapacitySettings;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;

/** Supervisors set how many chats agents may hold at once; lowering a limit never takes chats away. */
public interface ConfigureCapacityUseCase {
    CapacitySettings capacity(TenantId tenant);

    void setDefaultMaxChats(TenantId tenant, int maxChats);

    /** Sets the agent's own limit; null returns them to the tenant default. */
    void setAgentMaxChats(TenantId tenant, AgentId agent, Integer maxChats);
}
