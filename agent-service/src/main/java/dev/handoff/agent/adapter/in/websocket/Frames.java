package dev.handoff.agent.adapter.in.websocket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handoff.agent.adapter.in.rest.ChatBodies;
import dev.handoff.agent.adapter.in.rest.ChatBodies.MessageBody;
import dev.handoff.agent.adapter.in.rest.PendingHandoffsResource.PendingHandoffBody;
import dev.handoff.agent.application.port.in.OpenedSession;
import dev.handoff.agent.application.port.in.SentMessage;
import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.SequencedNotice;
import dev.handoff.shared.id.Identifier;
import dev.handoff.shared.json.JsonMapping;
import dev.handoff.shared.model.PresenceStatus;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The socket's JSON frames, both ways (documented in the service README). */
@Singleton
public class Frames {
    /** Larger client frames are answered with an error; over 64 KiB the socket is closed (see AgentSocket). */
    static final int MAX_CLIENT_FRAME_BYTES = 16 * 1024;

    // Strict reading (trailing garbage and duplicate keys are errors); writing like the REST API does.
    private static final ObjectMapper STRICT = JsonMapping.newObjectMapper();
    private final ObjectMapper rest;

    public Frames(ObjectMapper rest) {
        this.rest = rest;
    }

    ClientFrame parse(String text) {
        if (text.length() > MAX_CLIENT_FRAME_BYTES / 3
                && text.getBytes(StandardCharsets.UTF_8).length > MAX_CLIENT_FRAME_BYTES) {
            return new ClientFrame.Bad("too-large", "Frames may be at most " + MAX_CLIENT_FRAME_BYTES + " bytes.");
        }
        JsonNode frame;
        try {
            frame = STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            return new ClientFrame.Bad("not-json", "The frame is not valid JSON.");
        }
        if (frame == null || !frame.isObject()) {
            return new ClientFrame.Bad("not-json", "A frame must be a JSON object.");
        }
        String type = frame.path("type").isTextual() ? frame.get("type").asText() : null;
        if (type == null) {
            return new ClientFrame.Bad("unknown-type", "A frame needs a \"type\": ping, resume, status or send.");
        }
        return switch (type) {
            case "ping" -> new ClientFrame.Ping();
            case "resume" -> resume(frame.path("afterSeq"));
            case "status" -> status(frame.path("status"));
            case "send" -> send(frame);
            default ->
                new ClientFrame.Bad("unknown-type", "Unknown frame type; expected ping, resume, status or send.");
        };
    }

    /** The text and key are checked by the send itself, as over REST; here only their JSON types. */
    private static ClientFrame send(JsonNode frame) {
        JsonNode key = frame.path("clientMessageId");
        String clientMessageId = key.isTextual() ? key.asText() : null;
        JsonNode chat = frame.path("conversationId");
        if (!chat.isTextual() || !Identifier.isValid(chat.asText())) {
            return new ClientFrame.Bad("invalid-frame", "send needs \"conversationId\": a chat id.", clientMessageId);
        }
        if (clientMessageId == null || !frame.path("text").isTextual()) {
            return new ClientFrame.Bad(
                    "invalid-frame", "send needs \"clientMessageId\" and \"text\", both strings.", clientMessageId);
        }
        return new ClientFrame.Send(
                chat.asText(), clientMessageId, frame.get("text").asText());
    }

    private static ClientFrame resume(JsonNode afterSeq) {
        if (!afterSeq.canConvertToExactIntegral() || !afterSeq.canConvertToLong() || afterSeq.asLong() < 0) {
            return new ClientFrame.Bad("invalid-frame", "resume needs \"afterSeq\": a whole number, 0 or more.");
        }
        return new ClientFrame.Resume(afterSeq.asLong());
    }

    private static ClientFrame status(JsonNode status) {
        String value = status.isTextual() ? status.asText().toUpperCase(Locale.ROOT) : "";
        if (value.equals("ONLINE") || value.equals("AWAY")) {
            return new ClientFrame.Status(PresenceStatus.valueOf(value));
        }
        return new ClientFrame.Bad("invalid-frame", "status needs \"status\": ONLINE or AWAY.");
    }

    String welcome(OpenedSession session) {
        return write(rest.createObjectNode()
                .put("type", "welcome")
                .put("agentId", session.profile().agentId().value())
                .put("status", session.status().name())
                .put("lastSeq", session.lastSeq()));
    }

    String pong() {
        return write(rest.createObjectNode().put("type", "pong"));
    }

    String status(PresenceStatus status) {
        return write(rest.createObjectNode().put("type", "status").put("status", status.name()));
    }

    /** To supervisors: their overview (queue, agents, active chats) changed; unnumbered, it is never replayed. */
    String supervisionChanged() {
        return write(rest.createObjectNode().put("type", "supervision.changed"));
    }

    String error(String code, String detail) {
        return error(code, detail, null);
    }

    /** An error frame; a refused send's names its {@code clientMessageId} so the console knows which one failed. */
    String error(String code, String detail, String clientMessageId) {
        ObjectNode frame =
                rest.createObjectNode().put("type", "error").put("code", code).put("detail", detail);
        if (clientMessageId != null) {
            frame.put("clientMessageId", clientMessageId);
        }
        return write(frame);
    }

    /** A send's answer: the stored message, and whether this send stored it (false: the key was used before). */
    String sent(SentMessage sent) {
        ObjectNode frame = rest.createObjectNode().put("type", "sent").put("created", sent.created());
        frame.setAll((ObjectNode) rest.valueToTree(MessageBody.of(sent.message())));
        return write(frame);
    }

    String notice(SequencedNotice sequenced) {
        AgentNotice notice = sequenced.notice();
        ObjectNode frame = rest.createObjectNode().put("type", typeOf(notice)).put("seq", sequenced.seq());
        if (notice instanceof AgentNotice.PendingAdded added) {
            frame.setAll((ObjectNode) rest.valueToTree(PendingHandoffBody.of(added.pending())));
            return write(frame);
        }
        if (notice instanceof AgentNotice.PendingUpdated updated) {
            frame.setAll((ObjectNode) rest.valueToTree(PendingHandoffBody.of(updated.pending())));
            return write(frame);
        }
        if (notice instanceof AgentNotice.OfferMade offer && offer.pending() != null) {
            frame.setAll((ObjectNode) rest.valueToTree(PendingHandoffBody.of(offer.pending())));
        }
        frame.put("conversationId", notice.conversationId().value());
        if (notice instanceof AgentNotice.OfferMade offer) {
            frame.put("expiresAt", offer.expiresAt().toString());
        } else if (notice instanceof AgentNotice.OfferEnded ended) {
            frame.put("reason", ChatBodies.lower(ended.reason()));
        } else if (notice instanceof AgentNotice.SetAway away) {
            frame.put("status", "AWAY").put("reason", "offers-missed").put("missedInARow", away.missedInARow());
        } else if (notice instanceof AgentNotice.PendingRemoved removed) {
            frame.put("reason", ChatBodies.lower(removed.reason()));
            if (removed.by() != null) {
                frame.put("by", removed.by().value());
            }
        } else if (notice instanceof AgentNotice.MessageAdded added) {
            frame.setAll((ObjectNode) rest.valueToTree(MessageBody.of(added.message())));
        } else if (notice instanceof AgentNotice.TypingChanged typing) {
            frame.put("typing", typing.typing());
        } else if (notice instanceof AgentNotice.ChatEnded ended) {
            frame.put("reason", ChatBodies.lower(ended.reason()));
        } else if (notice instanceof AgentNotice.ChatRemoved removed) {
            frame.put("reason", ChatBodies.lower(removed.reason()));
        }
        return write(frame);
    }

    private static String typeOf(AgentNotice notice) {
        if (notice instanceof AgentNotice.PendingAdded) {
            return "pending.added";
        } else if (notice instanceof AgentNotice.PendingRemoved) {
            return "pending.removed";
        } else if (notice instanceof AgentNotice.PendingUpdated) {
            return "pending.updated";
        } else if (notice instanceof AgentNotice.MessageAdded) {
            return "message";
        } else if (notice instanceof AgentNotice.TypingChanged) {
            return "typing";
        } else if (notice instanceof AgentNotice.ChatEnded) {
            return "chat.ended";
        } else if (notice instanceof AgentNotice.ChatRemoved) {
            return "chat.removed";
        } else if (notice instanceof AgentNotice.OfferMade) {
            return "offer";
        } else if (notice instanceof AgentNotice.OfferEnded) {
            return "offer.ended";
        } else if (notice instanceof AgentNotice.SetAway) {
            return "away";
        } else if (notice instanceof AgentNotice.EndProposalChanged change) {
            return change.pending() ? "end.proposed" : "end.withdrawn";
        }
        return "assigned";
    }

    private String write(ObjectNode frame) {
        try {
            return rest.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a frame", e);
        }
    }
}
