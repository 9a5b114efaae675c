package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.UnavailableAgentPolicyPort;
import dev.handoff.routing.domain.model.OnAgentUnavailable;
import dev.handoff.shared.id.TenantId;
import java.util.HashMap;
import java.util.Map;

/** The tenants' rule for the chats of agents who go away or offline, in a map, for use-case tests. */
final class InMemoryUnavailableAgentPolicy implements UnavailableAgentPolicyPort {
    final Map<TenantId, OnAgentUnavailable> rules = new HashMap<>();

    @Override
    public OnAgentUnavailable onAgentUnavailable(TenantId tenant) {
        return rules.getOrDefault(tenant, OnAgentUnavailable.KEEP);
    }

    @Override
    public void saveOnAgentUnavailable(TenantId tenant, OnAgentUnavailable rule) {
        rules.put(tenant, rule);
    }
}
