package dev.handoff.handoff.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.testinfra.InfrastructureTestResource;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@WithTestInfrastructure
class ConversationApiTest {
    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    private static final String TENANT = "acme";

    private static String handOff(String botId, String body) {
        given().auth()
                .oauth2(TestTokens.agent("carol", TENANT, "agent", "supervisor"))
                .contentType(ContentType.JSON)
                .body("{\"enabled\":true}")
                .put("/api/v1/bots/{botId}/settings", botId)
                .then()
                .statusCode(200);
        String location = given().auth()
                .oauth2(TestTokens.bot("client", TENANT, botId))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/bots/{botId}/handoffs", botId)
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        return URI.create(location).getPath();
    }

    @Test
    void theLocationOfAHandoffShowsTheBotWhereTheLiveChatStands() {
        String botId = "bot-" + UUID.randomUUID();
        String path = handOff(botId, "{\"visitor\":{\"email\":\"v@example.com\",\"locale\":\"en-ZA\"}}");

        given().auth()
                .oauth2(TestTokens.bot("client", TENANT, botId))
                .get(path)
                .then()
                .statusCode(200)
                .body("botId", equalTo(botId))
                .body("status", equalTo("waiting"))
                .body("startedAt", notNullValue())
                .body("visitor.name", equalTo("Anonymous"))
                .body("visitor.email", equalTo("v@example.com"))
                .body("visitor.locale", equalTo("en-ZA"));
    }

    @Test
    void theStatusFollowsTheLifecycleAndTheFirstEndWins() {
        String botId = "bot-" + UUID.randomUUID();
        String path = handOff(botId, "{}");
        String id = path.substring(path.lastIndexOf('/') + 1);
        ConversationId conversation = ConversationId.of(id);
        TenantId tenant = TenantId.of(TENANT);
        kafka.publish(new Assigned(
                UUID.randomUUID(),
                Instant.now(),
                tenant,
                conversation,
                AgentId.of("alice"),
                "Alice",
                AssignmentMethod.CLAIM));
        awaitStatus(botId, path, "assigned");
        kafka.publish(new Completed(UUID.randomUUID(), Instant.now(), tenant, conversation, AgentId.of("alice")));
        awaitStatus(botId, path, "completed");
        // Late events: once the inbox has recorded them, they were applied, and changed nothing.
        Requeued late = new Requeued(
                UUID.randomUUID(), Instant.now(), tenant, conversation, AgentId.of("alice"), "agent-offline");
        Expired later = new Expired(UUID.randomUUID(), Instant.now(), tenant, conversation, Instant.now());
        kafka.publish(late);
        kafka.publish(later);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> processed(late.eventId(), later.eventId()));
        given().auth()
                .oauth2(TestTokens.bot("client", TENANT, botId))
                .get(path)
                .then()
                .statusCode(200)
                .body("status", equalTo("completed"));
    }

    private static boolean processed(UUID... eventIds) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        InfrastructureTestResource.jdbcUrl(),
                        InfrastructureTestResource.jdbcUsername(),
                        InfrastructureTestResource.jdbcPassword());
                PreparedStatement s =
                        c.prepareStatement("select count(*) from handoff.processed_event where event_id = any(?)")) {
            s.setArray(1, c.createArrayOf("uuid", eventIds));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getInt(1) == eventIds.length;
            }
        }
    }

    private static void awaitStatus(String botId, String path, String status) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(TestTokens.bot("client", TENANT, botId))
                        .get(path)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo(status)));
    }

    @Test
    void anotherBotOrTenantSeesNoSuchConversation() {
        String botId = "bot-" + UUID.randomUUID();
        String path = handOff(botId, "{}");

        given().auth()
                .oauth2(TestTokens.bot("client", TENANT, "another-bot"))
                .get(path)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:unknown-conversation"));
        given().auth()
                .oauth2(TestTokens.bot("client", "other-tenant", botId))
                .get(path)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.bot("client", TENANT, botId))
                .get("/api/v1/conversations/{id}", "no-such")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.bot("client", TENANT, botId))
                .get("/api/v1/conversations/{id}", "not valid!")
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:handoff:problem:unknown-conversation"));
        given().get(path).then().statusCode(401).contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.agent("alice", TENANT, "agent"))
                .get(path)
                .then()
                .statusCode(403);
    }
}
