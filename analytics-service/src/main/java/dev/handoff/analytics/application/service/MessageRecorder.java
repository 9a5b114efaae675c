package dev.handoff.analytics.application.service;

import dev.handoff.analytics.application.port.out.ConversationFactsPort;
import dev.handoff.analytics.application.port.out.TranscriptPort;
import dev.handoff.analytics.domain.model.DirtyHours;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.model.Sender;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps each message once in the transcript; visitor and agent messages count for the chat's messages and first
 * response. Bot and system lines are transcript only.
 */
@ApplicationScoped
class MessageRecorder {
    private final TranscriptPort transcripts;
    private final ConversationFactsPort facts;

    MessageRecorder(TranscriptPort transcripts, ConversationFactsPort facts) {
        this.transcripts = transcripts;
        this.facts = facts;
    }

    void record(MessagePosted message, DirtyHours dirty) {
        if (!transcripts.addMessage(message)) {
            return;
        }
        String words = message.translation() == null ? message.text()
                : message.text() + "\n" + message.translation().text();
        transcripts.addSearchText(message.tenantId(), message.conversationId(), words);
        if (message.sender() == Sender.VISITOR || message.sender() == Sender.AGENT) {
            dirty.mark(message.tenantId(), facts.countMessage(message.tenantId(), message.conversationId(),
                    message.sender(), message.occurredAt()));
        }
    }
}
