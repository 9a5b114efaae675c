package dev.handoff.routing.application.port.out;

import dev.handoff.routing.domain.model.OnAgentUnavailable;
import dev.handoff.shared.id.TenantId;

/** The tenant's rule for the chats of agents who go away or offline. */
public interface UnavailableAgentPolicyPort {
    /** The tenant's rule, {@link OnAgentUnavailable#KEEP} when none was set. */
    OnAgentUnavailable onAgentUnavailable(TenantId tenant);

    void saveOnAgentUnavailable(TenantId tenant, OnAgentUnavailable rule);
}
