package dev.handoff.handoff.adapter.in.websocket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.runtime.input.InputRules;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The JSON frames of {@code /ws/visitor}, both ways (see the service README for the protocol). */
@Singleton
public class VisitorFrames {
    static final int MAX_FRAME_CHARS = 16 * 1024;
    static final int MAX_TEXT_CHARS = 4000;
    static final int MAX_CLIENT_ID_CHARS = 128;
    static final int MAX_COMMENT_CHARS = 1000;

    private final ObjectMapper mapper;

    public VisitorFrames(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** What a visitor sent, checked: a frame the socket can act on, or a {@link ClientFrame.Bad} saying why not. */
    ClientFrame parse(String text) {
        if (text.length() > MAX_FRAME_CHARS) {
            return new ClientFrame.Bad(
                    "too-large", "A frame may have at most " + MAX_FRAME_CHARS + " characters.", null);
        }
        JsonNode json;
        try {
            json = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return new ClientFrame.Bad("malformed-json", "The frame is not valid JSON.", null);
        }
        if (json == null || !json.isObject() || !json.path("type").isTextual()) {
            return new ClientFrame.Bad("invalid-frame", "A frame is a JSON object with a string \"type\".", null);
        }
        return switch (json.get("type").asText()) {
            case "message" -> message(json);
            case "typing" ->
                json.path("typing").isBoolean()
                        ? new ClientFrame.TypingFrame(json.get("typing").asBoolean())
                        : new ClientFrame.Bad("invalid-frame", "typing needs a boolean \"typing\".", null);
            case "resume" ->
                json.path("afterSequence").canConvertToLong()
                                && json.get("afterSequence").asLong() >= 0
                                && json.get("afterSequence").isIntegralNumber()
                        ? new ClientFrame.Resume(json.get("afterSequence").asLong())
                        : new ClientFrame.Bad(
                                "invalid-frame", "resume needs a whole \"afterSequence\" of 0 or more.", null);
            case "end" -> new ClientFrame.End();
            case "confirm-end" -> new ClientFrame.ConfirmEnd();
            case "rate" -> rate(json);
            case "leave-message" -> leaveMessage(json);
            case "ping" -> new ClientFrame.Ping();
            default ->
                new ClientFrame.Bad(
                        "unknown-type",
                        "Unknown frame type; expected message, typing, resume, end,"
                                + " confirm-end, rate, leave-message or ping.",
                        null);
        };
    }

    private static ClientFrame message(JsonNode json) {
        JsonNode id = json.path("clientMessageId");
        String clientId = id.isTextual() ? id.asText() : null;
        if (clientId == null || clientId.isBlank() || clientId.length() > MAX_CLIENT_ID_CHARS) {
            return new ClientFrame.Bad(
                    "invalid-frame",
                    "message needs a \"clientMessageId\" of 1 to " + MAX_CLIENT_ID_CHARS + " characters.",
                    null);
        }
        Optional<String> badId = InputRules.textProblem(clientId, MAX_CLIENT_ID_CHARS, InputRules.Lines.SINGLE);
        if (badId.isPresent()) {
            return new ClientFrame.Bad("invalid-frame", "\"clientMessageId\" " + badId.get() + ".", null);
        }
        JsonNode text = json.path("text");
        if (!text.isTextual() || text.asText().isBlank()) {
            return new ClientFrame.Bad("invalid-message", "message needs a non-empty \"text\".", clientId);
        }
        if (text.asText().codePointCount(0, text.asText().length()) > MAX_TEXT_CHARS) {
            return new ClientFrame.Bad(
                    "message-too-long", "A message may have at most " + MAX_TEXT_CHARS + " characters.", clientId);
        }
        Optional<String> badText = InputRules.textProblem(text.asText(), MAX_TEXT_CHARS, InputRules.Lines.MULTI);
        if (badText.isPresent()) {
            return new ClientFrame.Bad("invalid-message", "\"text\" " + badText.get() + ".", clientId);
        }
        return new ClientFrame.Message(clientId, text.asText());
    }

    private static ClientFrame rate(JsonNode json) {
        JsonNode score = json.path("score");
        JsonNode comment = json.path("comment");
        if (!score.isInt() || score.asInt() < 1 || score.asInt() > 5) {
            return new ClientFrame.Bad("invalid-frame", "rate needs a whole \"score\" from 1 to 5.", null);
        }
        if (!comment.isMissingNode()
                && !comment.isNull()
                && (!comment.isTextual()
                        || InputRules.textProblem(comment.asText(), MAX_COMMENT_CHARS, InputRules.Lines.MULTI)
                                .isPresent())) {
            return new ClientFrame.Bad(
                    "invalid-frame",
                    "A rating's \"comment\" is text of at most " + MAX_COMMENT_CHARS
                            + " characters, without control characters other than tabs and line breaks.",
                    null);
        }
        return new ClientFrame.Rate(score.asInt(), comment.isTextual() ? comment.asText() : null);
    }

    private static ClientFrame leaveMessage(JsonNode json) {
        JsonNode name = json.path("name");
        JsonNode email = json.path("email");
        JsonNode message = json.path("message");
        boolean nameOk = name.isMissingNode() || name.isNull() || name.isTextual();
        if (!nameOk || !email.isTextual() || !message.isTextual()) {
            return new ClientFrame.Bad(
                    "invalid-frame",
                    "leave-message needs a string \"email\" and \"message\", and" + " \"name\" if given as a string.",
                    null);
        }
        return new ClientFrame.LeaveMessage(name.isTextual() ? name.asText() : null, email.asText(), message.asText());
    }

    String entry(VisitorFeedEntry entry) {
        ObjectNode frame = mapper.createObjectNode()
                .put("sequence", entry.sequence())
                .put("time", entry.at().toString());
        if (entry instanceof VisitorFeedEntry.Message m) {
            frame.put("type", "message")
                    .put("id", m.messageId().value())
                    .put("sender", m.sender().name().toLowerCase(java.util.Locale.ROOT))
                    .put("senderName", m.senderName())
                    .put("text", m.text());
            if (m.translation() != null) {
                frame.putObject("translation")
                        .put("language", m.translation().language())
                        .put("text", m.translation().text());
            }
        } else if (entry instanceof VisitorFeedEntry.QueuePosition q) {
            frame.put("type", "queue")
                    .put("position", q.position())
                    .put("estimatedWaitSeconds", q.estimatedWaitSeconds())
                    .put("waitStatus", q.waitStatusName());
        } else if (entry instanceof VisitorFeedEntry.AgentAssigned a) {
            frame.put("type", "assigned").put("agentName", a.agentDisplayName());
        } else if (entry instanceof VisitorFeedEntry.BackInQueue) {
            frame.put("type", "waiting");
        } else if (entry instanceof VisitorFeedEntry.Ended e) {
            frame.put("type", e.how() == ConversationStatus.EXPIRED ? "expired" : "ended")
                    .put("reason", e.how().name().toLowerCase(java.util.Locale.ROOT))
                    .put("message", e.endMessage())
                    .put("buttonLabel", e.buttonLabel());
        } else if (entry instanceof VisitorFeedEntry.EndProposed e) {
            frame.put("type", "end-proposed").put("message", e.endMessage()).put("buttonLabel", e.buttonLabel());
        } else if (entry instanceof VisitorFeedEntry.EndProposalWithdrawn) {
            frame.put("type", "end-withdrawn");
        } else if (entry instanceof VisitorFeedEntry.LeaveMessageOffered o) {
            frame.put("type", "leave-message-offered").put("message", o.offlineMessage());
        } else if (entry instanceof VisitorFeedEntry.MessageLeftConfirmed) {
            frame.put("type", "message-left");
        }
        return write(frame);
    }

    String typing(boolean typing) {
        return write(mapper.createObjectNode().put("type", "typing").put("typing", typing));
    }

    String ack(String clientMessageId, String messageId) {
        return write(mapper.createObjectNode()
                .put("type", "ack")
                .put("clientMessageId", clientMessageId)
                .put("id", messageId));
    }

    String rated(int score) {
        return write(mapper.createObjectNode().put("type", "rated").put("score", score));
    }

    String pong() {
        return write(mapper.createObjectNode().put("type", "pong"));
    }

    String error(String code, String detail, String clientMessageId) {
        ObjectNode frame =
                mapper.createObjectNode().put("type", "error").put("code", code).put("detail", detail);
        if (clientMessageId != null) {
            frame.put("clientMessageId", clientMessageId);
        }
        return write(frame);
    }

    private String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("frame not writable", e);
        }
    }
}
