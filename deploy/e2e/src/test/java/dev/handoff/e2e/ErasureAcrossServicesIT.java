package dev.handoff.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19, retention and erasure: a visitor's chat crosses all five services, a supervisor asks analytics to forget
 * the visitor, every service erases its part and confirms on {@code data.erasure.v1}, and each schema is checked
 * for what is left. A tenant's retention does the same to its old chats on a schedule. The figures stay.
 */
@ExtendWith(FiveServices.class)
class ErasureAcrossServicesIT {
    private static final String HANDOFF = "handoff-service";
    private static final String ROUTING = "routing-service";
    private static final String AGENT = "agent-service";
    private static final String NOTIFICATION = "notification-service";
    private static final String ANALYTICS = "analytics-service";
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String EMAIL = "thandi@example.com";

    private static Platform platform;

    /** @param shared the five services, analytics' retention in seconds and checked every 2 s ({@link FiveServices}) */
    @BeforeAll
    static void usePlatform(Platform shared) {
        platform = shared;
    }

    @Test
    void aVisitorsErasureReachesEveryServiceAndEachConfirms() throws SQLException {
        String tenant = "erasure-e2e";
        String chat = chatThatCrossesEveryService(tenant, "erasure-bot");

        JsonPath requested = given().auth()
                .oauth2(supervisor(tenant))
                .contentType(ContentType.JSON)
                .body(Map.of("visitorEmail", EMAIL))
                .post(platform.url(ANALYTICS) + "/api/v1/analytics/erasures")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath();
        assertThat(requested.getList("conversationIds", String.class)).containsExactly(chat);
        String id = requested.getString("id");

        await("every service confirms erasure " + id).atMost(EVENTUALLY).untilAsserted(() -> {
            JsonPath status = given().auth()
                    .oauth2(supervisor(tenant))
                    .get(platform.url(ANALYTICS) + "/api/v1/analytics/erasures/{id}", id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(status.getString("status")).isEqualTo("COMPLETED");
            assertThat(status.getList("confirmations.service", String.class))
                    .containsExactlyInAnyOrder(HANDOFF, ROUTING, AGENT, NOTIFICATION, ANALYTICS);
            assertThat(status.getList("confirmations.conversationsErased", Integer.class))
                    .containsOnly(1);
        });
        assertErasedEverywhere(chat);
        JsonPath transcript = given().auth()
                .oauth2(analyst(tenant))
                .get(platform.url(ANALYTICS) + "/api/v1/analytics/conversations/{id}", chat)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(transcript.getBoolean("conversation.erased")).isTrue();
        assertThat(transcript.getList("messages")).isEmpty();
        // The figures stay: the chat still counts, with its wait.
        assertThat(transcript.getInt("conversation.messages")).isEqualTo(2);
        assertThat(given().auth()
                        .oauth2(analyst(tenant))
                        .get(platform.url(ANALYTICS) + "/api/v1/analytics/metrics")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getInt("totals.requests"))
                .isEqualTo(1);
    }

    @Test
    void aTenantsRetentionErasesItsOldChatsEverywhereAndNoOtherTenants() throws SQLException {
        String other = chatThatCrossesEveryService("keeps-all", "keeping-bot");
        String tenant = "retention-e2e";
        String chat = chatThatCrossesEveryService(tenant, "forgetting-bot");

        given().auth()
                .oauth2(supervisor(tenant))
                .contentType(ContentType.JSON)
                .body(Map.of("keep", "PT3S"))
                .put(platform.url(ANALYTICS) + "/api/v1/analytics/retention")
                .then()
                .statusCode(200);

        await("retention erases " + chat + " everywhere").atMost(EVENTUALLY).untilAsserted(() -> {
            List<Map<String, Object>> erasures = given().auth()
                    .oauth2(supervisor(tenant))
                    .get(platform.url(ANALYTICS) + "/api/v1/analytics/erasures")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("findAll { it.kind == 'RETENTION' && it.status == 'COMPLETED' }");
            assertThat(erasures).isNotEmpty();
            assertErasedEverywhere(chat);
        });
        assertThat(value("select visitor_email from handoff.conversation where id = ?", other))
                .isEqualTo(EMAIL);
        assertThat(count("select count(*) from agent.chat_message where conversation_id = ?", other))
                .isEqualTo(2);
    }

    /**
     * A bot hands off (visitor name and e-mail, bot history), notification-service watches it, routing queues
     * it, alice claims it, alice and the visitor write once each: every service then holds some of the visitor.
     */
    private static String chatThatCrossesEveryService(String tenant, String bot) throws SQLException {
        given().auth()
                .oauth2(supervisor(tenant))
                .contentType(ContentType.JSON)
                .body(Map.of("enabled", true))
                .put(platform.url(HANDOFF) + "/api/v1/bots/{botId}/settings", bot)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(supervisor(tenant))
                .contentType(ContentType.JSON)
                .body(Map.of("emails", List.of("team@" + tenant + ".example")))
                .put(platform.url(NOTIFICATION) + "/api/v1/notifications/recipients")
                .then()
                .statusCode(200);
        JsonPath handoff = given().auth()
                .oauth2(TestTokens.bot(bot + "-client", tenant, bot))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "visitor",
                        Map.of("name", "Thandi Mokoena", "email", EMAIL),
                        "botHistory",
                        List.of(Map.of("sender", "user", "message", "My order 4711 never came"))))
                .post(platform.url(HANDOFF) + "/api/v1/bots/{botId}/handoffs", bot)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String chat = handoff.getString("conversationId");
        String alice = TestTokens.agent("alice", tenant, "agent");
        try (JsonSocketClient visitor = JsonSocketClient.open(
                URI.create(platform.url(HANDOFF) + "/ws/visitor"),
                "token=" + handoff.getString("visitorToken") + "&after=0")) {
            await("routing queues " + chat)
                    .atMost(EVENTUALLY)
                    .untilAsserted(() -> given().auth()
                            .oauth2(alice)
                            .post(platform.url(ROUTING) + "/api/v1/queue/{id}/claim", chat)
                            .then()
                            .statusCode(200));
            visitor.await("assigned");
            await("agent-service knows alice holds " + chat)
                    .atMost(EVENTUALLY)
                    .untilAsserted(() -> given().auth()
                            .oauth2(alice)
                            .contentType(ContentType.JSON)
                            .body(Map.of("clientMessageId", "a-1", "text", "Hi Thandi, Alice here"))
                            .post(platform.url(AGENT) + "/api/v1/agent/chats/{id}/messages", chat)
                            .then()
                            .statusCode(201));
            visitor.send("{\"type\":\"message\",\"clientMessageId\":\"v-1\",\"text\":\"It was order 4711\"}");
            visitor.await("ack");
        }
        await("every service holds the visitor of " + chat).atMost(EVENTUALLY).untilAsserted(() -> {
            assertThat(count(
                            "select count(*) from handoff.visitor_feed where conversation_id = ? and message_id"
                                    + " is not null",
                            chat))
                    .isEqualTo(2);
            assertThat(count("select count(*) from agent.chat_message where conversation_id = ?", chat))
                    .isEqualTo(2);
            assertThat(value("select visitor_name from routing.queue_entry where conversation_id = ?", chat))
                    .isEqualTo("Thandi Mokoena");
            assertThat(value(
                            "select visitor_name from notification.watched_conversation where conversation_id = ?",
                            chat))
                    .isEqualTo("Thandi Mokoena");
            assertThat(count("select count(*) from analytics.transcript_message where conversation_id = ?", chat))
                    .isEqualTo(2);
            assertThat(value("select visitor_email from analytics.conversation_detail where conversation_id = ?", chat))
                    .isEqualTo(EMAIL);
        });
        return chat;
    }

    /** What each schema still holds of the chat's visitor: nothing personal, only the bookkeeping and figures. */
    private static void assertErasedEverywhere(String chat) throws SQLException {
        assertThat(count("select count(*) from handoff.visitor_feed where conversation_id = ?", chat))
                .isZero();
        assertThat(row(
                        "select visitor_name, visitor_email, visitor_attributes from handoff.conversation where id = ?",
                        chat))
                .containsExactly(null, null, "{}");
        assertThat(row("select visitor_name, preview from routing.queue_entry where conversation_id = ?", chat))
                .containsExactly("Anonymous", null);
        assertThat(count("select count(*) from agent.chat_message where conversation_id = ?", chat))
                .isZero();
        assertThat(row(
                        "select visitor_name, visitor_email, bot_history from agent.agent_conversation where id = ?",
                        chat))
                .containsExactly(null, null, null);
        assertThat(count("select count(*) from agent.agent_notice where position(? in payload) > 0", chat))
                .isZero();
        assertThat(row(
                        "select visitor_name, visitor_email, preview from notification.watched_conversation"
                                + " where conversation_id = ?",
                        chat))
                .containsExactly("Anonymous", null, null);
        assertThat(count(
                        "select count(*) from notification.notification_message m join notification.notification n"
                                + " on n.id = m.notification_id where n.conversation_id = ?",
                        chat))
                .isZero();
        assertThat(count("select count(*) from analytics.transcript_message where conversation_id = ?", chat))
                .isZero();
        assertThat(count("select count(*) from analytics.conversation_detail where conversation_id = ?", chat))
                .isZero();
        assertThat(count(
                        "select count(*) from analytics.conversation_fact where conversation_id = ?"
                                + " and erased_at is not null and visitor_messages = 1 and agent_messages = 1",
                        chat))
                .isEqualTo(1);
    }

    private static String supervisor(String tenant) {
        return TestTokens.agent("carol", tenant, "agent", "supervisor");
    }

    private static String analyst(String tenant) {
        return TestTokens.agent("dave", tenant, "analyst");
    }

    private static long count(String sql, String parameter) throws SQLException {
        return Long.parseLong(value(sql, parameter));
    }

    private static String value(String sql, String parameter) throws SQLException {
        List<String> row = row(sql, parameter);
        return row.isEmpty() ? null : row.get(0);
    }

    private static List<String> row(String sql, String parameter) throws SQLException {
        try (Connection db = platform.openDatabase();
                PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                List<String> values = new ArrayList<>();
                if (result.next()) {
                    for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                        values.add(result.getString(i));
                    }
                }
                return values;
            }
        }
    }
}
