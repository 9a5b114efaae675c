package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.ConfigureRoutingSettingsUseCase;
import dev.handoff.routing.application.port.out.UnavailableAgentPolicyPort;
import dev.handoff.routing.domain.model.OnAgentUnavailable;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads and stores the tenant's routing rules; a new rule applies from the next presence change on. */
@ApplicationScoped
public class RoutingSettingsService implements ConfigureRoutingSettingsUseCase {
    private final UnavailableAgentPolicyPort policy;

    public RoutingSettingsService(UnavailableAgentPolicyPort policy) {
        this.policy = policy;
    }

    @Override
    @Transactional
    public OnAgentUnavailable onAgentUnavailable(TenantId tenant) {
        return policy.onAgentUnavailable(tenant);
    }

    @Override
    @Transactional
    public void setOnAgentUnavailable(TenantId tenant, OnAgentUnavailable rule) {
        policy.saveOnAgentUnavailable(tenant, rule);
    }
}
