package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.MarkChatReadCommand;
import dev.handoff.agent.application.port.in.MarkChatReadUseCase;
import dev.handoff.agent.application.port.in.ReadState;
import dev.handoff.agent.application.port.out.ChatMessagePort;
import dev.handoff.agent.domain.model.AgentConversation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Moves the holder's read mark; allowed on ended chats too, which stay in their history. */
@ApplicationScoped
public class MarkChatReadService implements MarkChatReadUseCase {
    private final ChatGuard guard;
    private final ChatMessagePort messages;
    private final Clock clock;

    public MarkChatReadService(ChatGuard guard, ChatMessagePort messages, Clock clock) {
        this.guard = guard;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ReadState markRead(MarkChatReadCommand command) {
        AgentConversation chat = guard.held(command.actor(), command.conversationId());
        // A console names the newest message it showed, so a message arriving meanwhile stays unread.
        long upTo = command.upToSequence() == null
                ? chat.lastSequence()
                : Math.min(command.upToSequence(), chat.lastSequence());
        messages.raiseReadMark(chat.id(), command.actor().agentId(), upTo, clock.instant());
        return new ReadState(
                messages.readMark(chat.id(), command.actor().agentId()),
                messages.unread(chat.id(), command.actor().agentId()));
    }
}
