package dev.handoff.analytics.application.service;

import dev.handoff.analytics.application.port.out.ConversationFactsPort;
import dev.handoff.analytics.application.port.out.TranscriptPort;
import dev.handoff.analytics.domain.model.DirtyHours;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.model.Sender;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps each message once in the transcript; visitor and agent messages count for the chat's messages and first
 * response. Bot and system lines are transcript only. A batch's messages are stored in one round trip, and each
 * chat's words and counts once per batch: per message, those three statements were what limited the ingest.
 */
@ApplicationScoped
class MessageRecorder {
    private final TranscriptPort transcripts;
    private final ConversationFactsPort facts;

    MessageRecorder(TranscriptPort transcripts, ConversationFactsPort facts) {
        this.transcripts = transcripts;
        this.facts = facts;
    }

    /** Records messages given in lock order (by tenant and chat), so chats' facts are locked in that order. */
    void record(List<MessagePosted> messages, DirtyHours dirty) {
        Map<String, List<MessagePosted>> byChat = transcripts.addMessages(messages).stream()
                .collect(Collectors.groupingBy(
                        m -> m.tenantId().value() + "\n" + m.conversationId().value(),
                        LinkedHashMap::new,
                        Collectors.toList()));
        for (List<MessagePosted> chat : byChat.values()) {
            MessagePosted first = chat.get(0);
            transcripts.addSearchText(
                    first.tenantId(),
                    first.conversationId(),
                    chat.stream().map(MessageRecorder::words).collect(Collectors.joining("\n")));
            int visitor = 0;
            int agent = 0;
            Instant firstAt = null;
            Instant firstAgentAt = null;
            for (MessagePosted m : chat) {
                if (m.sender() == Sender.VISITOR || m.sender() == Sender.AGENT) {
                    firstAt = earliest(firstAt, m.occurredAt());
                    if (m.sender() == Sender.AGENT) {
                        agent++;
                        firstAgentAt = earliest(firstAgentAt, m.occurredAt());
                    } else {
                        visitor++;
                    }
                }
            }
            if (firstAt != null) {
                dirty.mark(
                        first.tenantId(),
                        facts.countMessages(
                                first.tenantId(), first.conversationId(), visitor, agent, firstAt, firstAgentAt));
            }
        }
    }

    private static String words(MessagePosted message) {
        return message.translation() == null
                ? message.text()
                : message.text() + "\n" + message.translation().text();
    }

    private static Instant earliest(Instant known, Instant at) {
        return known == null || at.isBefore(known) ? at : known;
    }
}
