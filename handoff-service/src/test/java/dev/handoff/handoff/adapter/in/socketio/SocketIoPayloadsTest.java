package dev.handoff.handoff.adapter.in.socketio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** Field-by-field checks of the Botlhale payloads, without a server. */
class SocketIoPayloadsTest {
    private final Payloads payloads = new Payloads(10, 2);

    private static void refused(Runnable parse, ErrorCode code, String messagePart) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(RejectedEvent.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }

    @Test
    void aUsernameNamesAValidConversationAndBot() {
        Payloads.Username username =
                payloads.username(new JSONObject().put("ConversationID", "c-1").put("BotID", "b-1"));
        assertThat(username.conversationId().value()).isEqualTo("c-1");
        assertThat(username.botId().value()).isEqualTo("b-1");

        refused(() -> payloads.username("c-1"), ErrorCode.INVALID_PAYLOAD, "JSON object");
        refused(() -> payloads.username(null), ErrorCode.INVALID_PAYLOAD, "JSON object");
        refused(
                () -> payloads.username(new JSONObject().put("BotID", "b")),
                ErrorCode.INVALID_PAYLOAD,
                "ConversationID is missing");
        refused(
                () -> payloads.username(
                        new JSONObject().put("ConversationID", 7).put("BotID", "b")),
                ErrorCode.INVALID_PAYLOAD,
                "ConversationID must be a string");
        refused(
                () -> payloads.username(
                        new JSONObject().put("ConversationID", JSONObject.NULL).put("BotID", "b")),
                ErrorCode.INVALID_PAYLOAD,
                "ConversationID must be a string");
        refused(
                () -> payloads.username(
                        new JSONObject().put("ConversationID", "../etc").put("BotID", "b")),
                ErrorCode.INVALID_PAYLOAD,
                "ConversationID must be");
    }

    @Test
    void theHistoryMapsUserToVisitorAndBotToBot() {
        JSONObject history = new JSONObject()
                .put("bot_id", "b")
                .put(
                        "messages",
                        new JSONArray()
                                .put(new JSONObject().put("sender", "bot").put("message", "hi"))
                                .put(new JSONObject().put("sender", "user").put("message", "")));
        assertThat(payloads.history(history).entries())
                .extracting(HistoryEntry::sender, HistoryEntry::text)
                .containsExactly(tuple(Sender.BOT, "hi"), tuple(Sender.VISITOR, ""));
        assertThat(payloads.history(new JSONObject().put("bot_id", "b").put("messages", new JSONArray()))
                        .entries())
                .isEmpty();
    }

    @Test
    void aBadHistoryNamesTheLineAtFault() {
        refused(
                () -> payloads.history(new JSONObject()
                        .put("bot_id", "b")
                        .put(
                                "messages",
                                new JSONArray()
                                        .put(new JSONObject()
                                                .put("sender", "agent")
                                                .put("message", "x")))),
                ErrorCode.INVALID_PAYLOAD,
                "messages[0].sender must be 'user' or 'bot'");
        refused(
                () -> payloads.history(new JSONObject().put("bot_id", "b").put("messages", new JSONArray().put("x"))),
                ErrorCode.INVALID_PAYLOAD,
                "messages[0] must be an object");
        refused(
                () -> payloads.history(new JSONObject()
                        .put("bot_id", "b")
                        .put(
                                "messages",
                                new JSONArray()
                                        .put(new JSONObject()
                                                .put("sender", "bot")
                                                .put("message", "01234567890")))),
                ErrorCode.MESSAGE_TOO_LONG,
                "messages[0].message");
        refused(
                () -> payloads.history(new JSONObject()
                        .put("bot_id", "b")
                        .put(
                                "messages",
                                new JSONArray()
                                        .put(new JSONObject())
                                        .put(new JSONObject())
                                        .put(new JSONObject()))),
                ErrorCode.HISTORY_TOO_LONG,
                "at most 2");
        refused(
                () -> payloads.history(new JSONObject().put("messages", new JSONArray())),
                ErrorCode.INVALID_PAYLOAD,
                "bot_id is missing");
    }

    @Test
    void aVisitorMessageIsNotBlankAndWithinTheLimitCountedInCharacters() {
        JSONObject message = new JSONObject().put("ConversationID", "c").put("BotID", "b");
        // ten emoji are twenty UTF-16 units but ten characters: within a limit of ten
        String tenEmoji = "\uD83D\uDE00".repeat(10);
        assertThat(payloads.fromUser(message.put("message", tenEmoji)).message())
                .isEqualTo(tenEmoji);
        refused(() -> payloads.fromUser(message.put("message", "x".repeat(11))), ErrorCode.MESSAGE_TOO_LONG, "10");
        refused(() -> payloads.fromUser(message.put("message", "  ")), ErrorCode.INVALID_PAYLOAD, "blank");
        refused(
                () -> payloads.fromUser(message.put("message", 5)),
                ErrorCode.INVALID_PAYLOAD,
                "message must be a string");
    }

    @Test
    void typingIsABoolean() {
        assertThat(payloads.typing(new JSONObject().put("typing", true))).isTrue();
        refused(
                () -> payloads.typing(new JSONObject().put("typing", "yes")),
                ErrorCode.INVALID_PAYLOAD,
                "true or false");
    }
}
