package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.ChatView;
import dev.handoff.agent.application.port.in.WatchChatUseCase;
import dev.handoff.agent.application.port.out.ChatMessagePort;
import dev.handoff.agent.application.port.out.ChatWatchPort;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Starts a supervisor's read-only watch of a chat and reads it, under the chat's lock: a message stored before the
 * lock is in what this returns, one stored after the commit finds the watch and reaches the supervisor as a frame.
 */
@ApplicationScoped
public class WatchChatService implements WatchChatUseCase {
    private final ChatGuard guard;
    private final ChatMessagePort messages;
    private final ChatWatchPort watches;
    private final Clock clock;

    public WatchChatService(ChatGuard guard, ChatMessagePort messages, ChatWatchPort watches, Clock clock) {
        this.guard = guard;
        this.messages = messages;
        this.watches = watches;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ChatView watch(Actor supervisor, ConversationId conversationId) {
        AgentConversation chat = guard.lockReadable(supervisor, conversationId);
        if (chat.isEnded()) {
            watches.stop(supervisor.agentId()); // nothing more will happen in it: there is nothing to watch
        } else {
            watches.watch(supervisor.agentId(), supervisor.tenantId(), conversationId, clock.instant());
        }
        return ChatView.withReadMark(
                chat, messages.of(conversationId), messages.readMark(conversationId, supervisor.agentId()));
    }

    @Override
    @Transactional
    public boolean stopWatching(Actor supervisor) {
        return watches.stop(supervisor.agentId());
    }
}
