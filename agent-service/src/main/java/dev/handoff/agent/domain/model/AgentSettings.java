package dev.handoff.agent.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an agent chose for themselves, per tenant (the same person may answer chats of two tenants).
 *
 * @param preferredLanguage the language the agent reads and writes in; null: messages are shown as written
 * @param updatedAt null until the agent saved settings
 */
public record AgentSettings(TenantId tenantId, AgentId agentId, LanguageTag preferredLanguage, Instant updatedAt) {
    public AgentSettings {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(agentId, "agentId");
    }

    /** An agent who never chose anything. */
    public static AgentSettings defaults(TenantId tenantId, AgentId agentId) {
        return new AgentSettings(tenantId, agentId, null, null);
    }

    public Optional<LanguageTag> language() {
        return Optional.ofNullable(preferredLanguage);
    }
}
