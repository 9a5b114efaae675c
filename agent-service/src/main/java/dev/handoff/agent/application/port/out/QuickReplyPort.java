package dev.handoff.agent.application.port.out;

import dev.handoff.agent.domain.model.QuickReply;
import dev.handoff.agent.domain.model.QuickReplyScope;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Quick replies in PostgreSQL. */
public interface QuickReplyPort {
    /**
     * Serialises changes to the tenant's replies until the transaction ends, so that "is this shortcut
     * free?" and the write that takes it cannot interleave with another replica's.
     */
    void lockTenant(TenantId tenant);

    /** The tenant's shared replies and the agent's personal ones, by shortcut. */
    List<QuickReply> visibleTo(TenantId tenant, AgentId agent);

    Optional<QuickReply> find(UUID id);

    /** Whether another reply (not {@code exceptId}, which may be null) of this scope and owner has the shortcut. */
    boolean shortcutTaken(TenantId tenant, QuickReplyScope scope, AgentId owner, String shortcut, UUID exceptId);

    void save(QuickReply reply);

    void delete(UUID id);
}
