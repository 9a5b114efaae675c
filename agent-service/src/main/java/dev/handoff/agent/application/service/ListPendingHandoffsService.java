package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.ListPendingHandoffsUseCase;
import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.agent.domain.model.PendingHandoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Lists what agents can accept, by the rule of the socket's pending.added frames ({@link AgentProfile#serves}). */
@ApplicationScoped
public class ListPendingHandoffsService implements ListPendingHandoffsUseCase {
    private final AgentConversationPort conversations;

    public ListPendingHandoffsService(AgentConversationPort conversations) {
        this.conversations = conversations;
    }

    @Override
    @Transactional
    public List<PendingHandoff> pending(AgentProfile viewer) {
        return conversations.pending(viewer.tenantId()).stream().map(PendingHandoff::of)
                .filter(p -> viewer.serves(p.team())).toList();
    }
}
