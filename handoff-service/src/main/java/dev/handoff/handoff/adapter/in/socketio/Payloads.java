package dev.handoff.handoff.adapter.in.socketio;

import dev.handoff.runtime.input.InputRules;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.Identifier;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;

/** Reads the Botlhale client's payloads (org.json values) field by field; anything else is a {@link RejectedEvent}. */
final class Payloads {
    /** {@code username}: which chat the socket wants. */
    record Username(BotId botId, ConversationId conversationId) {}

    /** {@code messages_to_client}: the bot history for a chat not handed off yet. */
    record History(BotId botId, List<HistoryEntry> entries) {}

    /** {@code from_user}: a visitor message for the joined chat. */
    /** {@code clientMessageId} is an extension: null when the client (a Botlhale widget) gives none. */
    record FromUser(BotId botId, ConversationId conversationId, String message, String clientMessageId) {}

    /** {@code rate_chat} (extension): a rating of an ended chat, named as {@code username} names it. */
    record Rating(BotId botId, ConversationId conversationId, int score, String comment) {}

    /** {@code leave_message} (extension): the message a waiting visitor leaves; its text rules are the use case's. */
    record LeftMessage(BotId botId, ConversationId conversationId, String name, String email, String message) {}

    /** As for the native socket's {@code rate} frame. */
    static final int MAX_COMMENT_CHARS = 1000;

    private final int maxMessageLength;
    private final int maxHistoryEntries;

    Payloads(int maxMessageLength, int maxHistoryEntries) {
        this.maxMessageLength = maxMessageLength;
        this.maxHistoryEntries = maxHistoryEntries;
    }

    Username username(Object payload) {
        JSONObject object = object(payload);
        return new Username(BotId.of(id(object, "BotID")), ConversationId.of(id(object, "ConversationID")));
    }

    Rating rating(Object payload) {
        JSONObject object = object(payload);
        Object score = object.opt("score");
        if (!(score instanceof Integer whole) || whole < 1 || whole > 5) {
            throw invalid("score must be a whole number from 1 to 5");
        }
        Object comment = object.opt("comment");
        if (comment != null
                && comment != JSONObject.NULL
                && (!(comment instanceof String text) || text.codePointCount(0, text.length()) > MAX_COMMENT_CHARS)) {
            throw invalid("comment must be text of at most " + MAX_COMMENT_CHARS + " characters");
        }
        return new Rating(
                BotId.of(id(object, "BotID")),
                ConversationId.of(id(object, "ConversationID")),
                whole,
                comment instanceof String text ? text : null);
    }

    LeftMessage leftMessage(Object payload) {
        JSONObject object = object(payload);
        Object name = object.opt("name");
        if (name != null && name != JSONObject.NULL && !(name instanceof String)) {
            throw invalid("name must be a string");
        }
        return new LeftMessage(
                BotId.of(id(object, "BotID")),
                ConversationId.of(id(object, "ConversationID")),
                name instanceof String given ? given : null,
                string(object, "email", "email"),
                string(object, "message", "message"));
    }

    History history(Object payload) {
        JSONObject object = object(payload);
        BotId bot = BotId.of(id(object, "bot_id"));
        if (!(object.opt("messages") instanceof JSONArray lines)) {
            throw invalid("messages must be an array of {sender, message}");
        }
        if (lines.length() > maxHistoryEntries) {
            throw new RejectedEvent(
                    ErrorCode.HISTORY_TOO_LONG,
                    "messages has " + lines.length() + " lines; at most " + maxHistoryEntries + " are accepted");
        }
        List<HistoryEntry> entries = new ArrayList<>(lines.length());
        for (int i = 0; i < lines.length(); i++) {
            String where = "messages[" + i + "]";
            if (!(lines.opt(i) instanceof JSONObject line)) {
                throw invalid(where + " must be an object {sender, message}");
            }
            Sender sender = switch (string(line, "sender", where + ".sender")) {
                case "user" -> Sender.VISITOR;
                case "bot" -> Sender.BOT;
                default -> throw invalid(where + ".sender must be 'user' or 'bot'");
            };
            entries.add(new HistoryEntry(sender, text(line, "message", where + ".message"), null));
        }
        return new History(bot, entries);
    }

    FromUser fromUser(Object payload) {
        JSONObject object = object(payload);
        String message = text(object, "message", "message");
        if (message.isBlank()) {
            throw invalid("message must not be blank");
        }
        return new FromUser(
                BotId.of(id(object, "BotID")),
                ConversationId.of(id(object, "ConversationID")),
                message,
                clientMessageId(object));
    }

    private static String clientMessageId(JSONObject object) {
        if (!object.has("clientMessageId") || object.isNull("clientMessageId")) {
            return null;
        }
        if (!(object.opt("clientMessageId") instanceof String id) || id.isEmpty() || id.length() > 128) {
            throw invalid("clientMessageId must be a string of 1-128 characters");
        }
        return id;
    }

    /** {@code typing} (an extension): {@code {typing: true|false}}. */
    boolean typing(Object payload) {
        if (!(object(payload).opt("typing") instanceof Boolean typing)) {
            throw invalid("typing must be true or false");
        }
        return typing;
    }

    private static JSONObject object(Object payload) {
        if (payload instanceof JSONObject object) {
            return object;
        }
        throw invalid("the payload must be a JSON object");
    }

    private static String id(JSONObject object, String field) {
        String value = string(object, field, field);
        if (!Identifier.isValid(value)) {
            throw invalid(field + " must be 1 to " + Identifier.MAX_LENGTH
                    + " letters, digits or . _ : @ - (starting with a letter or digit)");
        }
        return value;
    }

    private String text(JSONObject object, String field, String where) {
        String value = string(object, field, where);
        if (value.codePointCount(0, value.length()) > maxMessageLength) {
            throw new RejectedEvent(
                    ErrorCode.MESSAGE_TOO_LONG, where + " is longer than " + maxMessageLength + " characters");
        }
        // the platform's text rules: no NUL or other control characters but tab and line breaks, no lone surrogates
        InputRules.textProblem(value, maxMessageLength, InputRules.Lines.MULTI).ifPresent(problem -> {
            throw invalid(where + " " + problem);
        });
        return value;
    }

    private static String string(JSONObject object, String field, String where) {
        if (object.opt(field) instanceof String value) {
            return value;
        }
        throw invalid(where + (object.has(field) ? " must be a string" : " is missing"));
    }

    private static RejectedEvent invalid(String message) {
        return new RejectedEvent(ErrorCode.INVALID_PAYLOAD, message);
    }
}
