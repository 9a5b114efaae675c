package dev.handoff.agent.adapter.in.rest;

import static dev.handoff.runtime.input.InputRules.Lines.MULTI;

import dev.handoff.agent.application.port.in.ChatView;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.agent.domain.model.ChatMessage;
import dev.handoff.agent.domain.model.ChatSummary;
import dev.handoff.agent.domain.model.HandoffDetails;
import dev.handoff.agent.domain.model.QueueState;
import dev.handoff.runtime.input.Text;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Translation;
import dev.handoff.shared.model.VisitorInfo;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of the chat endpoints (documented in the service README); lengths are checked by the commands. */
public final class ChatBodies {
    private ChatBodies() {}

    /** An agent's message: {@code clientMessageId} makes a retry return the first message. */
    @Schema(example = """
            {"clientMessageId": "c-42", "text": "Hello Thandi, how can I help?"}""")
    public record SendMessageBody(
            @Text(max = ChatMessage.MAX_CLIENT_MESSAGE_ID) @Schema(maxLength = ChatMessage.MAX_CLIENT_MESSAGE_ID)
            String clientMessageId,

            @Text(max = ChatMessage.MAX_TEXT, lines = MULTI, trimmed = true) @Schema(maxLength = ChatMessage.MAX_TEXT)
            String text) {}

    /** A quick reply sent as a message. */
    @Schema(example = """
            {"clientMessageId": "c-43"}""")
    public record SendQuickReplyBody(
            @Text(max = ChatMessage.MAX_CLIENT_MESSAGE_ID) @Schema(maxLength = ChatMessage.MAX_CLIENT_MESSAGE_ID)
            String clientMessageId) {}

    @Schema(example = """
            {"typing": true}""")
    public record TypingBody(@NotNull Boolean typing) {}

    @Schema(example = """
            {"subject": "Refund for order 1042"}""")
    public record SubjectBody(
            @Text(max = AgentConversation.MAX_SUBJECT, trimmed = true)
            @Schema(maxLength = AgentConversation.MAX_SUBJECT)
            String subject) {}

    /** One line of the Active chats list. */
    public record ChatSummaryBody(
            String conversationId,
            String visitorName,
            @Schema(nullable = true) String botId,
            @Schema(nullable = true) Instant since,
            @Schema(nullable = true) String preview,
            @Schema(nullable = true) Instant lastMessageAt,
            long unread,
            @Schema(nullable = true) String subject,
            @Schema(nullable = true) String botName) {
        static ChatSummaryBody of(ChatSummary s) {
            return new ChatSummaryBody(
                    s.conversationId().value(),
                    s.visitorName(),
                    s.botId() == null ? null : s.botId().value(),
                    s.since(),
                    s.preview(),
                    s.lastMessageAt(),
                    s.unread(),
                    s.subject(),
                    s.botName());
        }
    }

    /**
     * A live message, in REST answers and in the socket's {@code message} frames.
     *
     * @param text the original, verbatim
     * @param language the original's language (BCP 47), null when unknown
     * @param translation the text in the other side's language, null when none was made
     */
    @Schema(name = "ChatMessageBody", description = "A live message of a chat")
    public record MessageBody(
            String conversationId,
            String messageId,
            long sequence,
            String sender,
            @Schema(nullable = true) String senderName,
            String text,
            @Schema(nullable = true) String language,
            @Schema(nullable = true) TranslationBody translation,
            @Schema(nullable = true) Instant time,
            @Schema(nullable = true) String clientMessageId) {
        public static MessageBody of(ChatMessage m) {
            return new MessageBody(
                    m.conversationId().value(),
                    m.messageId().value(),
                    m.sequence(),
                    m.sender().name(),
                    m.senderName(),
                    m.text(),
                    m.language(),
                    TranslationBody.of(m.translation()),
                    m.sentAt(),
                    m.clientMessageId());
        }
    }

    /** A message's text in another language: the holder's for a visitor's message, the visitor's for an agent's. */
    public record TranslationBody(String language, String text) {
        static TranslationBody of(Translation t) {
            return t == null ? null : new TranslationBody(t.language(), t.text());
        }
    }

    public record VisitorBody(
            String name,
            @Schema(nullable = true) String email,
            @Schema(nullable = true) String locale,
            @Schema(nullable = true) Map<String, String> attributes) {}

    /**
     * One line of a chat's history.
     *
     * @param source {@code bot} for the bot conversation before the handoff, {@code live} after it
     * @param sequence null for bot lines
     * @param messageId null for bot lines
     * @param time may be null for bot lines the bot gave no time for
     * @param language null for bot lines and messages of unknown language
     * @param translation null for bot lines and untranslated messages
     */
    public record HistoryLineBody(
            String source,
            @Schema(nullable = true) Long sequence,
            @Schema(nullable = true) String messageId,
            String sender,
            @Schema(nullable = true) String senderName,
            String text,
            @Schema(nullable = true) String language,
            @Schema(nullable = true) TranslationBody translation,
            @Schema(nullable = true) Instant time) {}

    /** A whole chat as its holder or a supervisor sees it. */
    public record ChatBody(
            String conversationId,
            String status,
            @Schema(nullable = true) String endReason,
            @Schema(nullable = true) Instant endedAt,
            @Schema(nullable = true) String assignee,
            @Schema(nullable = true) String subject,
            @Schema(nullable = true) String botId,
            @Schema(nullable = true) String language,
            @Schema(nullable = true) String team,
            VisitorBody visitor,
            @Schema(nullable = true) Instant startedAt,
            @Schema(nullable = true) Instant handoffAt,
            List<HistoryLineBody> history,
            long lastSequence,
            long readUpTo,
            long unread,
            @Schema(nullable = true) String botName,
            @Schema(nullable = true) String botAvatarUrl,
            @Schema(nullable = true) Instant endProposedAt) {
        static ChatBody of(ChatView view) {
            AgentConversation c = view.conversation();
            HandoffDetails d = c.details().orElse(null);
            VisitorInfo v = d == null ? VisitorInfo.anonymous() : d.visitor();
            List<HistoryLineBody> history = new ArrayList<>();
            if (d != null) {
                d.botHistory()
                        .forEach(h -> history.add(new HistoryLineBody(
                                "bot",
                                null,
                                null,
                                h.sender().name(),
                                c.authorName(h.sender(), null),
                                h.text(),
                                null,
                                null,
                                h.at())));
            }
            view.messages()
                    .forEach(m -> history.add(new HistoryLineBody(
                            "live",
                            m.sequence(),
                            m.messageId().value(),
                            m.sender().name(),
                            c.authorName(m.sender(), m.senderName()),
                            m.text(),
                            m.language(),
                            TranslationBody.of(m.translation()),
                            m.sentAt())));
            Instant startedAt = d == null
                    ? null
                    : d.botHistory().stream()
                            .map(HistoryEntry::at)
                            .filter(Objects::nonNull)
                            .findFirst()
                            .orElse(d.requestedAt());
            return new ChatBody(
                    c.id().value(),
                    c.state().name(),
                    c.endReason().map(ChatBodies::lower).orElse(null),
                    c.state() == QueueState.ENDED ? c.stateSince().orElse(null) : null,
                    c.assignee().map(AgentId::value).orElse(null),
                    c.subject().orElse(null),
                    d == null ? null : d.botId().value(),
                    d == null ? null : d.language(),
                    d == null || d.team() == null ? null : d.team().value(),
                    new VisitorBody(v.displayName(), v.email(), v.locale(), v.attributes()),
                    startedAt,
                    d == null ? null : d.requestedAt(),
                    history,
                    c.lastSequence(),
                    view.readUpTo(),
                    view.unread(),
                    d == null ? null : d.botName(),
                    d == null ? null : d.botAvatarUrl(),
                    c.endProposedAt().orElse(null));
        }
    }

    public record ReadStateBody(String conversationId, long readUpTo, long unread) {}

    public record SubjectStateBody(String conversationId, String subject) {}

    /** A chat's state after it was completed. */
    public record ChatStateBody(
            String conversationId,
            String status,
            @Schema(nullable = true) String endReason,
            @Schema(nullable = true) Instant endedAt) {
        static ChatStateBody of(AgentConversation c) {
            return new ChatStateBody(
                    c.id().value(),
                    c.state().name(),
                    c.endReason().map(ChatBodies::lower).orElse(null),
                    c.stateSince().orElse(null));
        }
    }

    /** A proposal to end the chat, waiting for the visitor's click. */
    public record EndProposalBody(String conversationId, String status, Instant endProposedAt) {
        static EndProposalBody of(AgentConversation c) {
            return new EndProposalBody(
                    c.id().value(), c.state().name(), c.endProposedAt().orElse(null));
        }
    }

    /** Enum names as the wire shows them (REST and socket frames): ENDED_BY_VISITOR becomes ended-by-visitor. */
    public static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
