package dev.handoff.handoff.domain.model;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What a bot is told about its live chats, in CSML's words.
 *
 * @param endedBy how a session ended ({@code completed}, {@code visitor}, {@code expired}), else null
 * @param message the agent's message, for bots that relay agent messages themselves, else null
 */
public record BotWebhookEvent(
        UUID eventId,
        Payload payload,
        TenantId tenantId,
        BotId botId,
        ConversationId conversationId,
        Instant occurredAt,
        String endedBy,
        AgentMessage message) {
    /** The CSML payload names a bot reacts to. */
    public enum Payload {
        LIVECHAT_SESSION_END,
        LIVECHAT_SESSION_EXPIRED,
        LIVECHAT_AGENT_MESSAGE
    }

    /**
     * An agent's message as a relaying bot needs it.
     *
     * @param button for the agent's proposal to end: the button to show with {@code text} (the bot's end message);
     *     its payload is {@code LIVECHAT_SESSION_END}, which the bot posts back when the visitor clicks. Else null.
     */
    public record AgentMessage(
            String messageId,
            String agentName,
            String text,
            String translatedText,
            String translatedLanguage,
            Button button) {
        public AgentMessage(
                String messageId, String agentName, String text, String translatedText, String translatedLanguage) {
            this(messageId, agentName, text, translatedText, translatedLanguage, null);
        }
    }

    /** A button CSML shows with a message; clicking it sends {@code payload} to the bot. */
    public record Button(String title, String payload) {}

    /** What a relaying bot shows its visitor when the agent proposes to end: the end message with the end button. */
    public static BotWebhookEvent endProposed(
            Conversation chat, String proposalId, String agentName, String endMessage, String buttonLabel, Instant at) {
        return new BotWebhookEvent(
                UUID.randomUUID(),
                Payload.LIVECHAT_AGENT_MESSAGE,
                chat.tenantId(),
                chat.botId(),
                chat.id(),
                at,
                null,
                new AgentMessage(
                        proposalId,
                        agentName,
                        endMessage,
                        null,
                        null,
                        new Button(buttonLabel, Payload.LIVECHAT_SESSION_END.name())));
    }

    public BotWebhookEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** The event a bot gets when one of its chats ends {@code how}. */
    public static BotWebhookEvent sessionEnded(Conversation chat, ConversationStatus how, Instant at) {
        Payload payload =
                how == ConversationStatus.EXPIRED ? Payload.LIVECHAT_SESSION_EXPIRED : Payload.LIVECHAT_SESSION_END;
        String endedBy = switch (how) {
            case COMPLETED -> "completed";
            // a message left is the visitor ending the wait: bots keep the three values they know
            case ENDED_BY_VISITOR, LEFT_MESSAGE -> "visitor";
            case EXPIRED -> "expired";
            default -> throw new IllegalArgumentException(how + " is not an end");
        };
        return new BotWebhookEvent(
                UUID.randomUUID(), payload, chat.tenantId(), chat.botId(), chat.id(), at, endedBy, null);
    }
}
