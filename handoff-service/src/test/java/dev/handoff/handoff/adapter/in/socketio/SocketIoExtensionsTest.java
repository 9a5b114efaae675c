package dev.handoff.handoff.adapter.in.socketio;

import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.BUTTON_LABEL;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.END_MESSAGE;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.ORIGIN;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.TENANT;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.fromUser;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.history;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.line;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.object;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.username;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.shared.event.EndProposalWithdrawn;
import dev.handoff.shared.event.EndProposed;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.MessageLeft;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Rated;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.event.Typing;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.WaitStatus;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.NodeSocketIoClient;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the server adds to the Botlhale protocol (typing, ending, the agent's proposal to end, offline hours), which
 * Botlhale clients ignore.
 */
@QuarkusTest
@WithTestInfrastructure
class SocketIoExtensionsTest {
    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    private static AgentSide agents;

    @TestHTTPResource("/")
    URI server;

    @BeforeAll
    static void connect() {
        agents = new AgentSide(kafka, TENANT);
    }

    /** The visitor hands off on this socket and Alice takes the chat. */
    private void chatWithAlice(NodeSocketIoClient client, String chat, String bot) {
        client.connect(4, "websocket", server, "/live_agent", ORIGIN);
        SocketIoFixtures.startChat(client, chat, bot, line("user", "help"));
        agents.assign(chat, "alice", "Alice");
        client.awaitEvent(EventNames.AGENT_JOINED);
    }

    /** The visitor hands off on this socket and waits. */
    private void waiting(NodeSocketIoClient client, String chat, String bot) {
        client.connect(4, "websocket", server, "/live_agent", ORIGIN);
        SocketIoFixtures.startChat(client, chat, bot, line("user", "help"));
    }

    /** Routing tells the visitor of {@code chat} a place without a wait, and whether they may leave a message. */
    private static void told(String chat, int position, WaitStatus status, Boolean leaveMessage) {
        agents.publish(new QueuePositionChanged(
                UUID.randomUUID(),
                Instant.now(),
                TenantId.of(TENANT),
                ConversationId.of(chat),
                position,
                0,
                status,
                leaveMessage));
    }

    @Test
    void typingGoesBothWaysAndTheVisitorMayEndTheChat() {
        String bot = SocketIoFixtures.socketIoBot();
        String chat = SocketIoFixtures.newConversationId();
        try (NodeSocketIoClient client = NodeSocketIoClient.start()) {
            chatWithAlice(client, chat, bot);

            client.emit(EventNames.TYPING, object("typing", true));
            kafka.awaitEvent(
                    Typing.class, chat, t -> t.sender() == Sender.VISITOR && t.typing(), SocketIoFixtures.KAFKA_WAIT);
            agents.publish(new Typing(
                    UUID.randomUUID(),
                    Instant.now(),
                    TenantId.of(TENANT),
                    ConversationId.of(chat),
                    Sender.AGENT,
                    true));
            assertThat(client.awaitEvent(EventNames.AGENT_TYPING).path("typing").asBoolean())
                    .isTrue();

            client.emit(EventNames.END_CHAT);
            kafka.awaitEvent(EndedByVisitor.class, chat, e -> true, SocketIoFixtures.KAFKA_WAIT);
            assertThat(client.awaitEvent(EventNames.TO_USER).path("message").asText())
                    .isEqualTo(END_MESSAGE);
            assertThat(client.awaitEvent(EventNames.CHAT_ENDED).path("reason").asText())
                    .isEqualTo("ended_by_visitor");
            client.awaitEvent(EventNames.DISCONNECT_SOCKET);
            client.awaitDisconnect();
        }
    }

    @Test
    void aChatTakenFromItsAgentTellsTheVisitorItIsBackInTheQueueUntilTheNextAgentJoins() {
        String bot = SocketIoFixtures.socketIoBot();
        String chat = SocketIoFixtures.newConversationId();
        try (NodeSocketIoClient client = NodeSocketIoClient.start()) {
            chatWithAlice(client, chat, bot);

            agents.publish(new Requeued(
                    UUID.randomUUID(),
                    Instant.now(),
                    TenantId.of(TENANT),
                    ConversationId.of(chat),
                    AgentId.of("alice"),
                    "agent-unavailable"));
            assertThat(client.awaitEvent(EventNames.BACK_IN_QUEUE).isEmpty()).isTrue();

            agents.assign(chat, "bob", "Bob");
            assertThat(client.awaitEvent(EventNames.AGENT_JOINED, 2)
                            .path("name")
                            .asText())
                    .isEqualTo("Bob");
        }
    }

    @Test
    void aVisitorRatesTheEndedChatOnceOnANewSocketWithTheRulesOfTheNativeSocket() {
        String bot = SocketIoFixtures.socketIoBot();
        String chat = SocketIoFixtures.newConversationId();
        try (NodeSocketIoClient client = NodeSocketIoClient.start()) {
            chatWithAlice(client, chat, bot);
            // still open: not yet
            client.emit(EventNames.RATE_CHAT, object("ConversationID", chat, "BotID", bot, "score", 5));
            assertThat(SocketIoFixtures.error(client, 1).path("code").asText()).isEqualTo("chat-open");

            agents.complete(chat, "alice");
            client.awaitEvent(EventNames.CHAT_ENDED);
            client.awaitDisconnect();
        }
        try (NodeSocketIoClient rating = NodeSocketIoClient.start()) {
            rating.connect(4, "websocket", server, "/live_agent", ORIGIN);
            rating.emit(EventNames.RATE_CHAT, object("ConversationID", chat, "BotID", bot, "score", 6));
            assertThat(SocketIoFixtures.error(rating, 1).path("code").asText()).isEqualTo("invalid-payload");

            rating.emit(
                    EventNames.RATE_CHAT,
                    object("ConversationID", chat, "BotID", bot, "score", 4, "comment", "Quick and kind"));
            JsonNode rated = rating.awaitEvent(EventNames.RATED);
            assertThat(rated.path("score").asInt()).isEqualTo(4);
            assertThat(rated.path("ConversationID").asText()).isEqualTo(chat);
            Rated event = kafka.awaitEvent(Rated.class, chat, e -> true, SocketIoFixtures.KAFKA_WAIT);
            assertThat(event.score()).isEqualTo(4);
            assertThat(event.comment()).isEqualTo("Quick and kind");

            rating.emit(EventNames.RATE_CHAT, object("ConversationID", chat, "BotID", bot, "score", 1));
            assertThat(SocketIoFixtures.error(rating, 2).path("code").asText()).isEqualTo("already-rated");
            rating.emit(EventNames.RATE_CHAT, object("ConversationID", "no-such-chat", "BotID", bot, "score", 1));
            assertThat(SocketIoFixtures.error(rating, 3).path("code").asText()).isEqualTo("unknown-conversation");
        }
    }

    @Test
    void theQueuePositionSaysPlainlyWhenNobodyIsAcceptingBesideTheBotlhaleFields() {
        String bot = SocketIoFixtures.socketIoBot();
        String chat = SocketIoFixtures.newConversationId();
        try (NodeSocketIoClient client = NodeSocketIoClient.start()) {
            waiting(client, chat, bot);
            told(chat, 3, WaitStatus.NOT_ACCEPTING, null);
            JsonNode queue = client.awaitEvent(EventNames.QUEUE_POSITION);
            assertThat(queue.path("position").asInt()).isEqualTo(3);
            assertThat(queue.path("estimatedWaitSeconds").asLong()).isZero();
            assertThat(queue.path("waitStatus").asText()).isEqualTo("not-accepting");
        }
    }

    @Test
    void outsideBusinessHoursTheVisitorSeesTheOfflineMessageAndGoesBackToTheBot() {
        String today = LocalDate.now(ZoneId.of("Africa/Johannesburg")).toString();
        String bot = SocketIoFixtures.newBot("""
                {"enabled":true,"socketIoEnabled":true,"allowedOrigins":["%s"],"offlineMessage":"Closed for the holiday.",
                 "businessHours":{"timeZone":"Africa/Johannesburg",
                   "weekly":[{"day":"MONDAY","start":"00:00","end":"24:00"},{"day":"TUESDAY","start":"00:00","end":"24:00"},
                             {"day":"WEDNESDAY","start":"00:00","end":"24:00"},{"day":"THURSDAY","start":"00:00","end":"24:00"},
                             {"day":"FRIDAY","start":"00:00","end":"24:00"},{"day":"SATURDAY","start":"00:00","end":"24:00"},
                             {"day":"SUNDAY","start":"00:00","end":"24:00"}],
                   "holidays":[{"date":"%s","name":"Today"}]}}""".formatted(ORIGIN, today));
        String chat = SocketIoFixtures.newConversationId();
        try (NodeSocketIoClient client = NodeSocketIoClient.start()) {
            client.connect(3, "polling", server, "/live_agent", ORIGIN);
            client.awaitEvent(EventNames.START_CONVERSATION);
            client.emit(EventNames.USERNAME, username(chat, bot));
            client.awaitEvent(EventNames.MESSAGES);
            client.emit(EventNames.MESSAGES_TO_CLIENT, history(bot, line("user", "agent please")));

            assertThat(client.awaitEvent(EventNames.TO_USER).path("message").asText())
                    .isEqualTo("Closed for the holiday.");
            JsonNode unavailable = client.awaitEvent(EventNames.HANDOFF_UNAVAILABLE);
            assertThat(unavailable.path("reason").asText()).isEqualTo("holiday");
            assertThat(unavailable.path("nextOpening").asText()).isNotBlank();
            client.awaitEvent(EventNames.DISCONNECT_SOCKET);
            client.awaitDisconnect();
            assertThat(client.events(EventNames.CHAT_JOINED)).isEmpty();
        }
    }

    private static void aliceProposesToEnd(String chat) {
        agents.publish(new EndProposed(
                UUID.randomUUID(),
                Instant.now(),
                TenantId.of(TENANT),
                ConversationId.of(chat),
                AgentId.of("alice"),
                "Alice"));
    }

    @Test
    void theEndMessageComesAsToUserWithTheButtonBesideItAndConfirmEndEndsTheChat() {
        String bot = SocketIoFixtures.socketIoBot();
        String chat = SocketIoFixtures.newConversationId();
        try (NodeSocketIoClient client = NodeSocketIoClient.start()) {
            chatWithAlice(client, chat, bot);
            client.emit(EventNames.CONFIRM_END);
            assertThat(SocketIoFixtures.error(client, 1).path("code").asText()).isEqualTo("no-end-proposal");
            assertThat(client.disconnected()).isFalse();

            aliceProposesToEnd(chat);
            // a Botlhale widget shows the message; one that knows end_proposed adds the button
            assertThat(client.awaitEvent(EventNames.TO_USER, 1).path("message").asText())
                    .isEqualTo(END_MESSAGE);
            JsonNode proposed = client.awaitEvent(EventNames.END_PROPOSED);
            assertThat(proposed.path("message").asText()).isEqualTo(END_MESSAGE);
            assertThat(proposed.path("buttonLabel").asText()).isEqualTo(BUTTON_LABEL);

            client.emit(EventNames.CONFIRM_END);
            kafka.awaitEvent(EndedByVisitor.class, chat, e -> true, SocketIoFixtures.KAFKA_WAIT);
            assertThat(client.awaitEvent(EventNames.CHAT_ENDED).path("reason").asText())
                    .isEqualTo("ended_by_visitor");
            client.awaitEvent(EventNames.DISCONNECT_SOCKET);
            client.awaitDisconnect();
        }
    }

    @Test
    void writingInsteadWithdrawsTheProposalAndTheChatGoesOn() {
        String bot = SocketIoFixtures.socketIoBot();
        String chat = SocketIoFixtures.newConversationId();
        try (NodeSocketIoClient client = NodeSocketIoClient.start()) {
            chatWithAlice(client, chat, bot);
            aliceProposesToEnd(chat);
            client.awaitEvent(EventNames.END_PROPOSED);

            client.emit(EventNames.FROM_USER, fromUser(chat, bot, "Actually, one more thing"));
            String messageId = SocketIoFixtures.awaitVisitorMessage(kafka, chat, "Actually, one more thing")
                    .messageId()
                    .value();
            client.awaitEvent(EventNames.END_PROPOSAL_WITHDRAWN);
            EndProposalWithdrawn withdrawn =
                    kafka.awaitEvent(EndProposalWithdrawn.class, chat, e -> true, SocketIoFixtures.KAFKA_WAIT);
            assertThat(withdrawn.messageId().value()).isEqualTo(messageId);

            client.emit(EventNames.CONFIRM_END);
            assertThat(SocketIoFixtures.error(client, 1).path("code").asText()).isEqualTo("no-end-proposal");
            agents.say(chat, "alice", "Of course, go ahead", null);
            assertThat(client.awaitEvent(EventNames.TO_USER, 2).path("message").asText())
                    .as("the chat goes on")
                    .isEqualTo("Of course, go ahead");
            assertThat(client.events(EventNames.CHAT_ENDED)).isEmpty();
        }
    }

    @Test
    void aWaitingVisitorOfferedToLeavesAMessageAndEveryBadAnswerIsRefusedByName() {
        String bot = SocketIoFixtures.socketIoBot();
        String chat = SocketIoFixtures.newConversationId();
        try (NodeSocketIoClient client = NodeSocketIoClient.start()) {
            waiting(client, chat, bot);
            Map<String, Object> valid = object(
                    "ConversationID",
                    chat,
                    "BotID",
                    bot,
                    "name",
                    "Thandi",
                    "email",
                    "thandi@example.com",
                    "message",
                    "Call me back");
            int errors = 0;

            client.emit(EventNames.LEAVE_MESSAGE, valid);
            assertThat(SocketIoFixtures.error(client, ++errors).path("code").asText())
                    .isEqualTo("not-offered");

            told(chat, 1, WaitStatus.NOT_ACCEPTING, true);
            assertThat(client.awaitEvent(EventNames.LEAVE_MESSAGE_OFFERED)
                            .path("message")
                            .asText())
                    .isEqualTo("Our team is currently offline.");

            List<Object[]> refusals = List.of(
                    new Object[] {
                        object("ConversationID", chat, "BotID", bot, "email", "nope", "message", "hi"), "invalid-email"
                    },
                    new Object[] {
                        object("ConversationID", chat, "BotID", bot, "email", "t@example.com", "message", ""),
                        "invalid-message"
                    },
                    new Object[] {
                        object(
                                "ConversationID",
                                chat,
                                "BotID",
                                bot,
                                "email",
                                "t@example.com",
                                "message",
                                "x".repeat(4001)),
                        "message-too-long"
                    },
                    new Object[] {
                        object(
                                "ConversationID",
                                chat,
                                "BotID",
                                bot,
                                "name",
                                "n".repeat(201),
                                "email",
                                "t@example.com",
                                "message",
                                "hi"),
                        "invalid-name"
                    },
                    new Object[] {
                        object("ConversationID", chat, "BotID", bot, "email", 5, "message", "hi"), "invalid-payload"
                    },
                    new Object[] {
                        object(
                                "ConversationID",
                                chat,
                                "BotID",
                                bot,
                                "name",
                                true,
                                "email",
                                "t@example.com",
                                "message",
                                "hi"),
                        "invalid-payload"
                    },
                    new Object[] {
                        object(
                                "ConversationID",
                                "another-chat",
                                "BotID",
                                bot,
                                "email",
                                "t@example.com",
                                "message",
                                "hi"),
                        "conversation-mismatch"
                    });
            for (Object[] refusal : refusals) {
                client.emit(EventNames.LEAVE_MESSAGE, refusal[0]);
                assertThat(SocketIoFixtures.error(client, ++errors).path("code").asText())
                        .isEqualTo(refusal[1]);
            }

            client.emit(EventNames.LEAVE_MESSAGE, valid);
            assertThat(client.awaitEvent(EventNames.MESSAGE_LEFT)
                            .path("ConversationID")
                            .asText())
                    .isEqualTo(chat);
            assertThat(client.awaitEvent(EventNames.TO_USER).path("message").asText())
                    .contains("passed on");
            assertThat(client.awaitEvent(EventNames.CHAT_ENDED).path("reason").asText())
                    .isEqualTo("left_message");
            client.awaitEvent(EventNames.DISCONNECT_SOCKET);
        }
        MessageLeft left = kafka.awaitEvent(MessageLeft.class, chat, e -> true, SocketIoFixtures.KAFKA_WAIT);
        // the first MessageLeft of the chat is the valid one: none of the refusals was kept
        assertThat(left.message()).isEqualTo("Call me back");
        assertThat(left.visitorName()).isEqualTo("Thandi");
        assertThat(left.visitorEmail()).isEqualTo("thandi@example.com");
        assertThat(left.botId().value()).isEqualTo(bot);
    }

    @Test
    void aChatAnAgentHoldsTakesNoMessage() {
        String bot = SocketIoFixtures.socketIoBot();
        String chat = SocketIoFixtures.newConversationId();
        try (NodeSocketIoClient client = NodeSocketIoClient.start()) {
            waiting(client, chat, bot);
            told(chat, 1, WaitStatus.NO_AGENTS, true);
            client.awaitEvent(EventNames.LEAVE_MESSAGE_OFFERED);
            agents.assign(chat, "alice", "Alice");
            client.awaitEvent(EventNames.AGENT_JOINED);
            client.emit(
                    EventNames.LEAVE_MESSAGE,
                    object("ConversationID", chat, "BotID", bot, "email", "t@example.com", "message", "too late"));
            assertThat(SocketIoFixtures.error(client, 1).path("code").asText()).isEqualTo("not-waiting");
        }
    }
}
