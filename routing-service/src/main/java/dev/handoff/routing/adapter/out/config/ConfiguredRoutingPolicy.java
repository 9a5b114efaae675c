package dev.handoff.routing.adapter.out.config;

import dev.handoff.routing.application.port.out.RoutingPolicyPort;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The deployment-wide routing defaults, until supervisors set their own per tenant. */
@ApplicationScoped
public class ConfiguredRoutingPolicy implements RoutingPolicyPort {
    private final int defaultMaxChats;

    public ConfiguredRoutingPolicy(@ConfigProperty(name = "routing.default-max-chats-per-agent") int defaultMaxChats) {
        this.defaultMaxChats = defaultMaxChats;
    }

    @Override
    public int defaultMaxChatsPerAgent(TenantId tenant) {
        return defaultMaxChats;
    }
}
