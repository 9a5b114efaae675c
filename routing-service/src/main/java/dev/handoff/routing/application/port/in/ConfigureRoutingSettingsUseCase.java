package dev.handoff.routing.application.port.in;

import dev.handoff.routing.domain.model.OnAgentUnavailable;
import dev.handoff.shared.id.TenantId;

/** Supervisors read and set the tenant's routing rules. */
public interface ConfigureRoutingSettingsUseCase {
    /** What happens to an unavailable agent's chats; {@code KEEP} until a supervisor chose. */
    OnAgentUnavailable onAgentUnavailable(TenantId tenant);

    void setOnAgentUnavailable(TenantId tenant, OnAgentUnavailable rule);
}
