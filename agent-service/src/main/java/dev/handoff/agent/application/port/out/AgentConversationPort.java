package dev.handoff.agent.application.port.out;

import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.List;
import java.util.Optional;

/** The agents' conversation views in PostgreSQL. */
public interface AgentConversationPort {
    /**
     * The conversation, created as just-heard-of when absent, locked until the transaction ends:
     * its details and its queue state arrive on two topics at once and must not overwrite each other.
     */
    AgentConversation lockOrStart(ConversationId id, TenantId tenant);

    /** The conversation, locked until the transaction ends; empty if unknown. */
    Optional<AgentConversation> lock(ConversationId id);

    /** The conversation, unlocked; empty if unknown. */
    Optional<AgentConversation> find(ConversationId id);

    void save(AgentConversation conversation);

    /** Pending conversations of a tenant: highest priority first, then longest waiting. */
    List<AgentConversation> pending(TenantId tenant);

    /** The conversations the agent holds now (assigned, not ended), oldest assignment first. */
    List<AgentConversation> heldBy(TenantId tenant, AgentId agent);

    /** The tenant's chats held by an agent now, oldest assignment first, at most {@code limit}. */
    List<AgentConversation> active(TenantId tenant, int limit);
}
