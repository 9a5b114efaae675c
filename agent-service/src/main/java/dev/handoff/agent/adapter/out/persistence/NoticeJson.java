package dev.handoff.agent.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.ChatMessage;
import dev.handoff.agent.domain.model.EndReason;
import dev.handoff.agent.domain.model.PendingHandoff;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.json.JsonMapping;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.Translation;
import java.time.Instant;

/** How a notice is stored: a kind column and a JSON payload, written and read field by field. */
final class NoticeJson {
    static final String PENDING_ADDED = "pending.added";
    static final String PENDING_REMOVED = "pending.removed";
    static final String PENDING_UPDATED = "pending.updated";
    static final String ASSIGNED = "assigned";
    static final String MESSAGE = "message";
    static final String TYPING = "typing";
    static final String CHAT_ENDED = "chat.ended";
    static final String CHAT_REMOVED = "chat.removed";
    static final String OFFER = "offer";
    static final String OFFER_ENDED = "offer.ended";
    static final String AWAY = "away";
    static final String END_PROPOSED = "end.proposed";
    static final String END_WITHDRAWN = "end.withdrawn";
    private static final ObjectMapper JSON = JsonMapping.newObjectMapper();

    private NoticeJson() {}

    static String kind(AgentNotice notice) {
        if (notice instanceof AgentNotice.PendingAdded) {
            return PENDING_ADDED;
        } else if (notice instanceof AgentNotice.PendingRemoved) {
            return PENDING_REMOVED;
        } else if (notice instanceof AgentNotice.PendingUpdated) {
            return PENDING_UPDATED;
        } else if (notice instanceof AgentNotice.MessageAdded) {
            return MESSAGE;
        } else if (notice instanceof AgentNotice.TypingChanged) {
            return TYPING;
        } else if (notice instanceof AgentNotice.ChatEnded) {
            return CHAT_ENDED;
        } else if (notice instanceof AgentNotice.ChatRemoved) {
            return CHAT_REMOVED;
        } else if (notice instanceof AgentNotice.OfferMade) {
            return OFFER;
        } else if (notice instanceof AgentNotice.OfferEnded) {
            return OFFER_ENDED;
        } else if (notice instanceof AgentNotice.SetAway) {
            return AWAY;
        } else if (notice instanceof AgentNotice.EndProposalChanged change) {
            return change.pending() ? END_PROPOSED : END_WITHDRAWN;
        }
        return ASSIGNED;
    }

    static String payload(AgentNotice notice) {
        ObjectNode node = JSON.createObjectNode()
                .put("conversationId", notice.conversationId().value());
        if (notice instanceof AgentNotice.PendingAdded added) {
            putPending(node, added.pending());
        } else if (notice instanceof AgentNotice.PendingUpdated updated) {
            putPending(node, updated.pending());
        } else if (notice instanceof AgentNotice.OfferMade offer) {
            node.put("expiresAt", offer.expiresAt().toString());
            if (offer.pending() != null) {
                putPending(node, offer.pending());
            }
        } else if (notice instanceof AgentNotice.OfferEnded ended) {
            node.put("reason", ended.reason().name());
        } else if (notice instanceof AgentNotice.SetAway away) {
            node.put("missedInARow", away.missedInARow());
        } else if (notice instanceof AgentNotice.PendingRemoved removed) {
            node.put("reason", removed.reason().name())
                    .put("by", removed.by() == null ? null : removed.by().value());
        } else if (notice instanceof AgentNotice.MessageAdded added) {
            ChatMessage m = added.message();
            node.put("sequence", m.sequence())
                    .put("messageId", m.messageId().value())
                    .put("clientMessageId", m.clientMessageId())
                    .put("sender", m.sender().name())
                    .put("senderId", m.senderId())
                    .put("senderName", m.senderName())
                    .put("text", m.text())
                    .put("language", m.language())
                    .put("sentAt", m.sentAt().toString());
            if (m.translation() != null) {
                node.putObject("translation")
                        .put("language", m.translation().language())
                        .put("text", m.translation().text());
            }
        } else if (notice instanceof AgentNotice.TypingChanged typing) {
            node.put("typing", typing.typing());
        } else if (notice instanceof AgentNotice.ChatEnded ended) {
            node.put("reason", ended.reason().name());
        } else if (notice instanceof AgentNotice.ChatRemoved removed) {
            node.put("reason", removed.reason().name());
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a notice", e);
        }
    }

    static AgentNotice read(String kind, String payload) {
        JsonNode node;
        try {
            node = JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored notice is unreadable", e);
        }
        ConversationId id = ConversationId.of(node.get("conversationId").asText());
        return switch (kind) {
            case PENDING_ADDED -> new AgentNotice.PendingAdded(pending(id, node));
            case PENDING_UPDATED -> new AgentNotice.PendingUpdated(pending(id, node));
            case OFFER ->
                new AgentNotice.OfferMade(
                        id,
                        Instant.parse(text(node, "expiresAt")),
                        text(node, "botId") == null ? null : pending(id, node));
            case OFFER_ENDED ->
                new AgentNotice.OfferEnded(id, AgentNotice.OfferEndReason.valueOf(text(node, "reason")));
            case AWAY -> new AgentNotice.SetAway(id, node.path("missedInARow").asInt());
            case PENDING_REMOVED ->
                new AgentNotice.PendingRemoved(
                        id,
                        AgentNotice.Reason.valueOf(text(node, "reason")),
                        text(node, "by") == null ? null : AgentId.of(text(node, "by")));
            case ASSIGNED -> new AgentNotice.AssignedToAgent(id);
            case MESSAGE ->
                new AgentNotice.MessageAdded(new ChatMessage(
                        id,
                        node.path("sequence").asLong(),
                        MessageId.of(text(node, "messageId")),
                        text(node, "clientMessageId"),
                        Sender.valueOf(text(node, "sender")),
                        text(node, "senderId"),
                        text(node, "senderName"),
                        text(node, "text"),
                        text(node, "language"),
                        Instant.parse(text(node, "sentAt")),
                        translation(node.path("translation"))));
            case TYPING -> new AgentNotice.TypingChanged(id, node.path("typing").asBoolean());
            case END_PROPOSED -> new AgentNotice.EndProposalChanged(id, true);
            case END_WITHDRAWN -> new AgentNotice.EndProposalChanged(id, false);
            case CHAT_ENDED -> new AgentNotice.ChatEnded(id, EndReason.valueOf(text(node, "reason")));
            case CHAT_REMOVED ->
                new AgentNotice.ChatRemoved(id, AgentNotice.RemovalReason.valueOf(text(node, "reason")));
            default -> throw new IllegalStateException("unknown stored notice kind " + kind);
        };
    }

    private static void putPending(ObjectNode node, PendingHandoff p) {
        node.put("visitorName", p.visitorName())
                .put("botId", p.botId().value())
                .put("waitingSince", p.waitingSince().toString())
                .put("preview", p.preview())
                .put("priority", p.priority())
                .put("team", p.team() == null ? null : p.team().value())
                .put("botName", p.botName())
                .put("botAvatarUrl", p.botAvatarUrl())
                .put("waitingMessages", p.waitingMessages());
    }

    private static PendingHandoff pending(ConversationId id, JsonNode node) {
        return new PendingHandoff(
                id,
                text(node, "visitorName"),
                BotId.of(text(node, "botId")),
                Instant.parse(text(node, "waitingSince")),
                text(node, "preview"),
                node.path("priority").asInt(),
                text(node, "team") == null ? null : TeamId.of(text(node, "team")),
                // Notices stored before bots had display names name the bot by its id.
                text(node, "botName") == null ? text(node, "botId") : text(node, "botName"),
                // Notices stored before the count existed count none.
                text(node, "botAvatarUrl"),
                node.path("waitingMessages").asInt(0));
    }

    /** Notices stored before translations existed have none. */
    private static Translation translation(JsonNode node) {
        String language = text(node, "language");
        String text = text(node, "text");
        return language == null || text == null ? null : new Translation(language, text);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
