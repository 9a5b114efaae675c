package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.SendMessageCommand;
import dev.handoff.agent.application.port.in.SendMessageUseCase;
import dev.handoff.agent.application.port.in.SentMessage;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends an agent's typed message, translated first for a visitor who reads another language. */
@ApplicationScoped
public class SendMessageService implements SendMessageUseCase {
    private final AgentMessages messages;
    private final MessageTranslator translator;

    public SendMessageService(AgentMessages messages, MessageTranslator translator) {
        this.messages = messages;
        this.translator = translator;
    }

    // No transaction here: the translator is asked first, then posting runs in a transaction of its own.
    @Override
    public SentMessage send(SendMessageCommand command) {
        Outgoing outgoing = translator.outgoing(
                command.actor(), command.conversationId(), command.clientMessageId(), command.text());
        return messages.post(
                command.actor(), command.conversationId(), command.clientMessageId(), command::text, outgoing);
    }
}
