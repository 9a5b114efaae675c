package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.ListPendingHandoffsUseCase;
import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.domain.model.PendingHandoff;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Lists what agents can accept. */
@ApplicationScoped
public class ListPendingHandoffsService implements ListPendingHandoffsUseCase {
    private final AgentConversationPort conversations;

    public ListPendingHandoffsService(AgentConversationPort conversations) {
        this.conversations = conversations;
    }

    @Override
    @Transactional
    public List<PendingHandoff> pending(TenantId tenant) {
        return conversations.pending(tenant).stream().map(PendingHandoff::of).toList();
    }
}
