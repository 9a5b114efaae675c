package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.QuickReplyRefusedException;
import dev.handoff.agent.application.port.in.SendQuickReplyCommand;
import dev.handoff.agent.application.port.in.SendQuickReplyUseCase;
import dev.handoff.agent.application.port.in.SentMessage;
import dev.handoff.agent.application.port.out.QuickReplyPort;
import dev.handoff.agent.domain.model.QuickReply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Sends a quick reply's text as the agent's message. */
@ApplicationScoped
public class SendQuickReplyService implements SendQuickReplyUseCase {
    private final AgentMessages messages;
    private final QuickReplyPort replies;

    public SendQuickReplyService(AgentMessages messages, QuickReplyPort replies) {
        this.messages = messages;
        this.replies = replies;
    }

    @Override
    @Transactional
    public SentMessage send(SendQuickReplyCommand command) {
        // The reply is looked up only for a new message: a retry returns what was sent, even if the reply is gone.
        return messages.post(command.actor(), command.conversationId(), command.clientMessageId(),
                () -> replies.find(command.quickReplyId()).filter(r -> r.visibleTo(command.actor()))
                        .map(QuickReply::text)
                        .orElseThrow(() -> new QuickReplyRefusedException(QuickReplyRefusedException.Reason.NOT_FOUND,
                                null)));
    }
}
