package dev.handoff.agent.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.handoff.shared.event.ErasureRequested;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.MessageLeft;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Messages visitors left (MessageLeft on the lifecycle topic): listed newest first per team for agents and whole for
 * supervisors, paged, tenant-isolated; marked handled once, with who and when; erased with the visitor.
 */
@QuarkusTest
@WithTestInfrastructure
class OfflineMessagesApiTest {
    private static final String PATH = "/api/v1/agent/offline-messages";

    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static String billingAgent(String tenant) {
        return TestTokens.agentInTeams("alice", tenant, List.of("billing"), "agent");
    }

    private static String supervisor(String tenant) {
        return TestTokens.agent("carol", tenant, "agent", "supervisor");
    }

    /** A visitor of {@code team} (null: tenant-wide) who waited, then left a message {@code secondsAgo} ago. */
    private static String leftMessage(String tenant, String name, String team, long secondsAgo) {
        ConversationId id = ConversationId.of(tenant + "-" + name);
        TeamId teamId = team == null ? null : TeamId.of(team);
        kafka.publish(new HandoffRequested(
                UUID.randomUUID(),
                Instant.now().minusSeconds(600),
                TenantId.of(tenant),
                id,
                BotId.of("demo-bot"),
                new VisitorInfo(name, name + "@example.com", "en", java.util.Map.of()),
                List.of(),
                "en",
                teamId,
                0,
                null,
                "Demo Bot",
                null,
                null));
        kafka.publish(new Queued(
                UUID.randomUUID(),
                Instant.now().minusSeconds(600),
                TenantId.of(tenant),
                id,
                BotId.of("demo-bot"),
                teamId,
                0,
                1,
                0));
        // the request first (another topic): the message then carries the bot's name from it
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(supervisor(tenant))
                        .get("/api/v1/agent/handoffs/pending")
                        .then()
                        .statusCode(200)
                        .body("conversationId", hasItem(id.value())));
        kafka.publish(new MessageLeft(
                UUID.randomUUID(),
                Instant.now().minusSeconds(secondsAgo),
                TenantId.of(tenant),
                id,
                BotId.of("demo-bot"),
                teamId,
                name,
                name + "@example.com",
                "Please call " + name));
        return id.value();
    }

    private static void awaitListed(String token, Matcher<?> ids) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(token)
                        .get(PATH + "?status=all")
                        .then()
                        .statusCode(200)
                        .body("items.id", ids));
    }

    @Test
    void agentsSeeTheirTeamsAndUntaggedOnesSupervisorsTheWholeTenantNewestFirst() {
        String tenant = "t-" + UUID.randomUUID();
        String billing = leftMessage(tenant, "bill", "billing", 30);
        String sales = leftMessage(tenant, "sal", "sales", 20);
        String anyone = leftMessage(tenant, "any", null, 10);

        awaitListed(supervisor(tenant), contains(anyone, sales, billing));
        as(billingAgent(tenant))
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", contains(anyone, billing))
                .body("items[1].visitorName", equalTo("bill"))
                .body("items[1].visitorEmail", equalTo("bill@example.com"))
                .body("items[1].message", equalTo("Please call bill"))
                .body("items[1].team", equalTo("billing"))
                .body("items[1].botName", equalTo("Demo Bot"))
                .body("items[1].handledBy", nullValue())
                .body("hasMore", equalTo(false));
        // a token without teams serves every team
        as(TestTokens.agent("dave", tenant, "agent"))
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", contains(anyone, sales, billing));
        // the request is gone from the pending list: the wait ended
        as(supervisor(tenant))
                .get("/api/v1/agent/handoffs/pending")
                .then()
                .statusCode(200)
                .body("$", empty());

        // paged, newest first
        as(supervisor(tenant))
                .get(PATH + "?size=2")
                .then()
                .statusCode(200)
                .body("items.id", contains(anyone, sales))
                .body("hasMore", equalTo(true));
        as(supervisor(tenant))
                .get(PATH + "?size=2&page=1")
                .then()
                .statusCode(200)
                .body("items.id", contains(billing))
                .body("hasMore", equalTo(false));
        // another tenant sees none of them
        as(supervisor("other-" + tenant))
                .get(PATH + "?status=all")
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void markingHandledRecordsWhoAndWhenOnceAndMovesItOutOfTheOpenList() {
        String tenant = "t-" + UUID.randomUUID();
        String billing = leftMessage(tenant, "bill", "billing", 30);
        String sales = leftMessage(tenant, "sal", "sales", 20);
        awaitListed(supervisor(tenant), contains(sales, billing));

        // another team's, another tenant's and an unknown message look alike
        as(billingAgent(tenant))
                .post(PATH + "/{id}/handled", sales)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:offline-message-not-found"));
        as(billingAgent("other-" + tenant))
                .post(PATH + "/{id}/handled", billing)
                .then()
                .statusCode(404);
        as(billingAgent(tenant)).post(PATH + "/{id}/handled", "no-such").then().statusCode(404);
        as(billingAgent(tenant)).post(PATH + "/{id}/handled", "bad id!").then().statusCode(404);

        as(billingAgent(tenant))
                .post(PATH + "/{id}/handled", billing)
                .then()
                .statusCode(200)
                .body("id", equalTo(billing))
                .body("handledBy", equalTo("alice"))
                .body("handledByName", notNullValue())
                .body("handledAt", notNullValue());
        as(supervisor(tenant))
                .post(PATH + "/{id}/handled", billing)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:already-handled"))
                .body("handledBy", equalTo("alice"));

        as(supervisor(tenant)).get(PATH).then().statusCode(200).body("items.id", contains(sales));
        as(supervisor(tenant))
                .get(PATH + "?status=handled")
                .then()
                .statusCode(200)
                .body("items.id", contains(billing))
                .body("items[0].handledBy", equalTo("alice"));
    }

    @Test
    void queriesAreValidatedAndOnlyAgentsAndSupervisorsGetIn() {
        String tenant = "t-" + UUID.randomUUID();
        for (String bad : new String[] {"status=done", "size=0", "size=101", "page=-1", "page=x"}) {
            as(supervisor(tenant)).get(PATH + "?" + bad).then().statusCode(400).contentType("application/problem+json");
        }
        given().get(PATH).then().statusCode(401);
        given().post(PATH + "/x/handled").then().statusCode(401);
        as(TestTokens.agent("ann", tenant, "analyst")).get(PATH).then().statusCode(403);
        as(TestTokens.agent("ann", tenant, "analyst"))
                .post(PATH + "/x/handled")
                .then()
                .statusCode(403);
    }

    @Test
    void erasingTheVisitorErasesTheMessageTheyLeft() {
        String tenant = "t-" + UUID.randomUUID();
        String erased = leftMessage(tenant, "gone", null, 20);
        String kept = leftMessage(tenant, "kept", null, 10);
        awaitListed(supervisor(tenant), contains(kept, erased));

        kafka.publish(new ErasureRequested(
                UUID.randomUUID(),
                Instant.now(),
                TenantId.of(tenant),
                UUID.randomUUID(),
                List.of(ConversationId.of(erased)),
                null));
        awaitListed(supervisor(tenant), contains(kept));
        as(supervisor(tenant)).get(PATH + "?status=all").then().body("items.message", hasItem("Please call kept"));
    }
}
