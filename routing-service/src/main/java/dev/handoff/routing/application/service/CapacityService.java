package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.ConfigureCapacityUseCase;
import dev.handoff.routing.application.port.out.AssignmentWakeupPort;
import dev.handoff.routing.application.port.out.CapacitySettingsPort;
import dev.handoff.routing.application.port.out.RoutingPolicyPort;
import dev.handoff.routing.domain.model.CapacitySettings;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads and stores the capacity rules claims are checked against; a raised limit may let routing place waiting chats. */
@ApplicationScoped
public class CapacityService implements ConfigureCapacityUseCase {
    private final CapacitySettingsPort settings;
    private final RoutingPolicyPort policy;
    private final AssignmentWakeupPort wakeups;

    public CapacityService(CapacitySettingsPort settings, RoutingPolicyPort policy, AssignmentWakeupPort wakeups) {
        this.settings = settings;
        this.policy = policy;
        this.wakeups = wakeups;
    }

    @Override
    @Transactional
    public CapacitySettings capacity(TenantId tenant) {
        return new CapacitySettings(policy.defaultMaxChatsPerAgent(tenant), settings.agents(tenant));
    }

    @Override
    @Transactional
    public void setDefaultMaxChats(TenantId tenant, int maxChats) {
        settings.saveDefaultMaxChats(tenant, maxChats);
        wakeups.agentsChanged(tenant);
    }

    @Override
    @Transactional
    public void setAgentMaxChats(TenantId tenant, AgentId agent, Integer maxChats) {
        settings.saveAgentMaxChats(tenant, agent, maxChats);
        wakeups.agentsChanged(tenant);
    }
}
