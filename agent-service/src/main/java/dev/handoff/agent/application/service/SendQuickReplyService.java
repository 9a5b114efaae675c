package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.QuickReplyRefusedException;
import dev.handoff.agent.application.port.in.SendQuickReplyCommand;
import dev.handoff.agent.application.port.in.SendQuickReplyUseCase;
import dev.handoff.agent.application.port.in.SentMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Sends a quick reply's text as the agent's message, translated like a typed one. */
@ApplicationScoped
public class SendQuickReplyService implements SendQuickReplyUseCase {
    private final AgentMessages messages;
    private final LanguageLookups lookups;
    private final MessageTranslator translator;

    public SendQuickReplyService(AgentMessages messages, LanguageLookups lookups, MessageTranslator translator) {
        this.messages = messages;
        this.lookups = lookups;
        this.translator = translator;
    }

    // No transaction here: the translator is asked first, then posting runs in a transaction of its own.
    @Override
    public SentMessage send(SendQuickReplyCommand command) {
        Optional<String> text = lookups.quickReplyText(command.actor(), command.quickReplyId());
        Outgoing outgoing = text.map(t ->
                        translator.outgoing(command.actor(), command.conversationId(), command.clientMessageId(), t))
                .orElse(Outgoing.AS_WRITTEN);
        // A missing reply is refused only for a new message: a retry returns what was sent, even if the reply is gone.
        return messages.post(
                command.actor(),
                command.conversationId(),
                command.clientMessageId(),
                () -> text.orElseThrow(
                        () -> new QuickReplyRefusedException(QuickReplyRefusedException.Reason.NOT_FOUND, null)),
                outgoing);
    }
}
