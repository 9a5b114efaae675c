package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.SendMessageCommand;
import dev.handoff.agent.application.port.in.SendMessageUseCase;
import dev.handoff.agent.application.port.in.SentMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Sends an agent's typed message. */
@ApplicationScoped
public class SendMessageService implements SendMessageUseCase {
    private final AgentMessages messages;

    public SendMessageService(AgentMessages messages) {
        this.messages = messages;
    }

    @Override
    @Transactional
    public SentMessage send(SendMessageCommand command) {
        return messages.post(command.actor(), command.conversationId(), command.clientMessageId(), command::text);
    }
}
