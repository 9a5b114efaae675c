package dev.handoff.analytics.application.service;

import dev.handoff.analytics.application.port.out.ConversationFactsPort;
import dev.handoff.analytics.application.port.out.TranscriptPort;
import dev.handoff.analytics.domain.model.ChatMessages;
import dev.handoff.analytics.domain.model.DirtyHours;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.model.Sender;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps each message once in the transcript; visitor and agent messages count for the chat's messages and first
 * response. Bot and system lines are transcript only. A batch's messages, every chat's words and every chat's counts
 * are each stored in one round trip: per message, and then per chat, those statements were what limited the ingest.
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
        List<ChatMessages> chats =
                byChat.values().stream().map(MessageRecorder::summed).toList();
        List<ChatMessages> counted =
                chats.stream().filter(ChatMessages::counted).toList();
        // Facts before words, as the requests consumer takes a chat's fact before its words: a batch holding a chat's
        // words while waiting for its fact would deadlock with a request holding the fact and waiting for the words.
        List<Instant> started = facts.countMessages(counted);
        transcripts.addSearchTexts(chats);
        for (int i = 0; i < counted.size(); i++) {
            dirty.mark(counted.get(i).tenant(), started.get(i));
        }
    }

    private static ChatMessages summed(List<MessagePosted> chat) {
        int visitor = 0;
        int agent = 0;
        Instant firstAt = null;
        Instant firstAgentAt = null;
        List<String> words = new ArrayList<>(chat.size());
        for (MessagePosted m : chat) {
            words.add(words(m));
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
        MessagePosted first = chat.get(0);
        return new ChatMessages(
                first.tenantId(),
                first.conversationId(),
                visitor,
                agent,
                firstAt,
                firstAgentAt,
                String.join("\n", words));
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
