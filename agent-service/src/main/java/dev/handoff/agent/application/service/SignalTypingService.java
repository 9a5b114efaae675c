package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.SignalTypingCommand;
import dev.handoff.agent.application.port.in.SignalTypingUseCase;
import dev.handoff.agent.application.port.out.PublishChatEventsPort;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.shared.event.Typing;
import dev.handoff.shared.model.Sender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** Announces that the holder of a chat is typing. */
@ApplicationScoped
public class SignalTypingService implements SignalTypingUseCase {
    private final ChatGuard guard;
    private final PublishChatEventsPort events;
    private final Clock clock;

    public SignalTypingService(ChatGuard guard, PublishChatEventsPort events, Clock clock) {
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void typing(SignalTypingCommand command) {
        // No lock: typing changes nothing here, and a signal racing the chat's end is harmless.
        AgentConversation chat = ChatGuard.requireOpen(guard.held(command.actor(), command.conversationId()));
        events.publish(new Typing(
                UUID.randomUUID(), clock.instant(), chat.tenantId(), chat.id(), Sender.AGENT, command.typing()));
    }
}
