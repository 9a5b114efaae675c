package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.ListOfflineMessagesUseCase;
import dev.handoff.agent.application.port.in.MarkOfflineMessageHandledUseCase;
import dev.handoff.agent.application.port.in.OfflineMessageRefusedException;
import dev.handoff.agent.application.port.out.OfflineMessagePort;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.agent.domain.model.OfflineMessage;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Messages visitors left, by the team rule of pending requests ({@link AgentProfile#serves}): an agent sees their
 * teams' and untagged ones, a supervisor or a token without teams the whole tenant. A message the caller may not see
 * does not exist for them.
 */
@ApplicationScoped
public class OfflineMessagesService implements ListOfflineMessagesUseCase, MarkOfflineMessageHandledUseCase {
    private final OfflineMessagePort messages;
    private final Clock clock;

    public OfflineMessagesService(OfflineMessagePort messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OfflineMessagePage list(OfflineMessagesQuery query) {
        AgentProfile viewer = query.viewer();
        // one more than the page says whether an older page follows
        List<OfflineMessage> found = messages.page(
                viewer.tenantId(),
                viewer.servesEveryTeam() ? null : viewer.teams(),
                query.handled(),
                query.page() * query.size(),
                query.size() + 1);
        boolean more = found.size() > query.size();
        return new OfflineMessagePage(more ? found.subList(0, query.size()) : found, query.page(), query.size(), more);
    }

    @Override
    @Transactional
    public OfflineMessage markHandled(AgentProfile agent, ConversationId conversationId) {
        OfflineMessage message = messages.lock(agent.tenantId(), conversationId)
                .filter(m -> agent.serves(m.team()))
                .orElseThrow(() -> new OfflineMessageRefusedException(conversationId, null));
        if (message.isHandled()) {
            throw new OfflineMessageRefusedException(conversationId, message);
        }
        OfflineMessage handled = message.handledBy(
                new Actor(
                        agent.tenantId(),
                        agent.agentId(),
                        agent.displayName(),
                        agent.roles().contains(AgentProfile.SUPERVISOR)),
                clock.instant());
        messages.saveHandled(handled);
        return handled;
    }
}
