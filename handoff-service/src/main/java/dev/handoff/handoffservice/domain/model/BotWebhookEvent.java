package dev.handoff.handoffservice.domain.model;

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
public record BotWebhookEvent(UUID eventId, Payload payload, TenantId tenantId, BotId botId,
        ConversationId conversationId, Instant occurredAt, String endedBy, AgentMessage message) {
    /** The CSML payload names a bot reacts to. */
    public enum Payload {
        LIVECHAT_SESSION_END,
        LIVECHAT_SESSION_EXPIRED,
        LIVECHAT_AGENT_MESSAGE
    }

    /** An agent's message as a relaying bot needs it. */
    public record AgentMessage(String messageId, String agentName, String text, String translatedText,
            String translatedLanguage) {
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
        Payload payload = how == ConversationStatus.EXPIRED ? Payload.LIVECHAT_SESSION_EXPIRED : Payload.LIVECHAT_SESSION_END;
        String endedBy = switch (how) {
            case COMPLETED -> "completed";
            case ENDED_BY_VISITOR -> "visitor";
            case EXPIRED -> "expired";
            default -> throw new IllegalArgumentException(how + " is not an end");
        };
        return new BotWebhookEvent(UUID.randomUUID(), payload, chat.tenantId(), chat.botId(), chat.id(), at, endedBy,
                null);
    }
}
