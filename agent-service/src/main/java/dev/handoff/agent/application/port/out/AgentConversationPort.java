package dev.handoff.agent.application.port.out;

import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.List;

/** The agents' conversation views in PostgreSQL. */
public interface AgentConversationPort {
    /**
     * The conversation, created as just-heard-of when absent, locked until the transaction ends:
     * its details and its queue state arrive on two topics at once and must not overwrite each other.
     */
    AgentConversation lockOrStart(ConversationId id, TenantId tenant);

    void save(AgentConversation conversation);

    /** Pending conversations of a tenant: highest priority first, then longest waiting. */
    List<AgentConversation> pending(TenantId tenant);
}
