package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.ListPendingHandoffsUseCase;
import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.application.port.out.ChatMessagePort;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.agent.domain.model.PendingHandoff;
import dev.handoff.agent.domain.model.VisitorLines;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Lists what agents can accept, by the rule of the socket's pending.added frames ({@link AgentProfile#serves}). */
@ApplicationScoped
public class ListPendingHandoffsService implements ListPendingHandoffsUseCase {
    private final AgentConversationPort conversations;

    private final ChatMessagePort messages;

    public ListPendingHandoffsService(AgentConversationPort conversations, ChatMessagePort messages) {
        this.conversations = conversations;
        this.messages = messages;
    }

    @Override
    @Transactional
    public List<PendingHandoff> pending(AgentProfile viewer) {
        List<PendingHandoff> pending = conversations.pending(viewer.tenantId()).stream()
                .map(PendingHandoff::of)
                .filter(p -> viewer.serves(p.team()))
                .toList();
        Map<ConversationId, VisitorLines> lines = messages.visitorLines(
                pending.stream().map(PendingHandoff::conversationId).toList());
        return pending.stream()
                .map(p -> p.withVisitorLines(lines.get(p.conversationId())))
                .toList();
    }
}
