package dev.handoff.agent.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.handoff.shared.GoldenEvents;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.ErasureRequested;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@WithTestInfrastructure
class PendingHandoffsApiTest {
    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    private static String agentOf(String tenant) {
        return TestTokens.agent("alice", tenant, "agent");
    }

    private static void awaitPending(String tenant, org.hamcrest.Matcher<?> conversationIds) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(agentOf(tenant))
                        .get("/api/v1/agent/handoffs/pending")
                        .then()
                        .statusCode(200)
                        .body("conversationId", conversationIds));
    }

    @Test
    void theGoldenRequestOnceQueuedIsListedWithVisitorBotWaitingSinceAndPreview() {
        HandoffRequested request = GoldenEvents.event(HandoffRequested.class);
        Queued queued = GoldenEvents.event(Queued.class);
        kafka.send(Topics.HANDOFF_REQUESTS, request.key(), GoldenEvents.json(HandoffRequested.class));
        kafka.send(Topics.CONVERSATION_LIFECYCLE, queued.key(), GoldenEvents.json(Queued.class));

        String tenant = request.tenantId().value();
        awaitPending(tenant, contains(request.conversationId().value()));
        given().auth()
                .oauth2(agentOf(tenant))
                .get("/api/v1/agent/handoffs/pending")
                .then()
                .statusCode(200)
                .body("[0].visitorName", equalTo(request.visitor().name()))
                .body("[0].botId", equalTo(request.botId().value()))
                .body("[0].botName", equalTo("Acme Support"))
                .body("[0].botAvatarUrl", equalTo("https://cdn.acme.example/bots/support.png"))
                .body("[0].waitingSince", equalTo("2025-03-10T14:02:07.250Z"))
                .body("[0].preview", equalTo("I was charged twice for March"))
                .body("[0].team", equalTo("billing"));
    }

    @Test
    void queuedBeforeRequestedIsStillListedAndAnAssignmentTakesItAway() {
        String tenant = "t-" + UUID.randomUUID();
        ConversationId id = ConversationId.of(tenant + "-c");
        kafka.publish(new Queued(
                UUID.randomUUID(), Instant.now(), TenantId.of(tenant), id, BotId.of("demo-bot"), null, 0, 1, 60));
        kafka.publish(new HandoffRequested(
                UUID.randomUUID(),
                Instant.now(),
                TenantId.of(tenant),
                id,
                BotId.of("demo-bot"),
                VisitorInfo.anonymous(),
                List.of(),
                null,
                null,
                0,
                null));
        awaitPending(tenant, contains(id.value()));
        given().auth()
                .oauth2(agentOf(tenant))
                .get("/api/v1/agent/handoffs/pending")
                .then()
                .body("[0].visitorName", equalTo("Anonymous"))
                // a bot without a display name is shown by its id
                .body("[0].botName", equalTo("demo-bot"))
                .body("[0].botAvatarUrl", equalTo(null));

        kafka.publish(new Assigned(
                UUID.randomUUID(),
                Instant.now(),
                TenantId.of(tenant),
                id,
                AgentId.of("bob"),
                "Bob",
                AssignmentMethod.CLAIM));
        awaitPending(tenant, empty());
    }

    @Test
    void aRequestWhoseVisitorWasErasedIsStillListedAnonymouslyAndLaterEventsStillApply() {
        String tenant = "t-" + UUID.randomUUID();
        ConversationId id = ConversationId.of(tenant + "-erased");
        kafka.publish(new HandoffRequested(
                UUID.randomUUID(),
                Instant.now(),
                TenantId.of(tenant),
                id,
                BotId.of("demo-bot"),
                new VisitorInfo("Thandi", "thandi@example.com", "en", java.util.Map.of("plan", "gold")),
                List.of(new HistoryEntry(Sender.VISITOR, "My order never came", null)),
                null,
                null,
                0,
                null));
        kafka.publish(new Queued(
                UUID.randomUUID(), Instant.now(), TenantId.of(tenant), id, BotId.of("demo-bot"), null, 0, 1, 60));
        awaitPending(tenant, contains(id.value()));

        kafka.publish(new ErasureRequested(
                UUID.randomUUID(), Instant.now(), TenantId.of(tenant), UUID.randomUUID(), List.of(id), null));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(agentOf(tenant))
                        .get("/api/v1/agent/handoffs/pending")
                        .then()
                        .statusCode(200)
                        .body("conversationId", contains(id.value()))
                        .body("[0].visitorName", equalTo("Anonymous"))
                        .body("[0].preview", equalTo(null)));

        kafka.publish(new Assigned(
                UUID.randomUUID(),
                Instant.now(),
                TenantId.of(tenant),
                id,
                AgentId.of("bob"),
                "Bob",
                AssignmentMethod.CLAIM));
        awaitPending(tenant, empty());
    }

    @Test
    void agentsSeeOnlyTheirOwnTenantsRequests() {
        String tenant = "t-" + UUID.randomUUID();
        ConversationId id = ConversationId.of(tenant + "-c");
        kafka.publish(new HandoffRequested(
                UUID.randomUUID(),
                Instant.now(),
                TenantId.of(tenant),
                id,
                BotId.of("demo-bot"),
                VisitorInfo.anonymous(),
                List.of(),
                null,
                null,
                0,
                null));
        kafka.publish(new Queued(
                UUID.randomUUID(), Instant.now(), TenantId.of(tenant), id, BotId.of("demo-bot"), null, 0, 1, 60));
        awaitPending(tenant, contains(id.value()));

        given().auth()
                .oauth2(agentOf("another-" + tenant))
                .get("/api/v1/agent/handoffs/pending")
                .then()
                .statusCode(200)
                .body("$", empty());
    }

    @Test
    void anEventTheViewCannotStoreGoesToTheDeadLetterTopicAndLaterEventsStillFlow() {
        String tenant = "t-" + UUID.randomUUID();
        ConversationId poison = ConversationId.of(tenant + "-poison");
        // Longer than the 200 characters the view stores: the insert fails inside the consumer.
        VisitorInfo tooLong = new VisitorInfo("x".repeat(300), null, null, null);
        kafka.publish(new HandoffRequested(
                UUID.randomUUID(),
                Instant.now(),
                TenantId.of(tenant),
                poison,
                BotId.of("demo-bot"),
                tooLong,
                List.of(),
                null,
                null,
                0,
                null));
        ConversationId healthy = ConversationId.of(tenant + "-healthy");
        kafka.publish(new HandoffRequested(
                UUID.randomUUID(),
                Instant.now(),
                TenantId.of(tenant),
                healthy,
                BotId.of("demo-bot"),
                VisitorInfo.anonymous(),
                List.of(),
                null,
                null,
                0,
                null));
        kafka.publish(new Queued(
                UUID.randomUUID(), Instant.now(), TenantId.of(tenant), healthy, BotId.of("demo-bot"), null, 0, 1, 60));

        awaitPending(tenant, contains(healthy.value()));
        kafka.awaitRecords(
                "dead-letter-topic-handoff-requests", r -> poison.value().equals(r.key()), 1, Duration.ofSeconds(30));
    }

    /** A request of {@code team} (null: the tenant-wide queue), queued. */
    private static String pendingIn(String tenant, String name, String team) {
        ConversationId id = ConversationId.of(tenant + "-" + name);
        TeamId teamId = team == null ? null : TeamId.of(team);
        kafka.publish(new HandoffRequested(
                UUID.randomUUID(),
                Instant.now(),
                TenantId.of(tenant),
                id,
                BotId.of("demo-bot"),
                VisitorInfo.anonymous(),
                List.of(),
                null,
                teamId,
                0,
                null));
        kafka.publish(new Queued(
                UUID.randomUUID(), Instant.now(), TenantId.of(tenant), id, BotId.of("demo-bot"), teamId, 0, 1, 60));
        return id.value();
    }

    private static void assertSees(String token, org.hamcrest.Matcher<?> conversationIds) {
        given().auth()
                .oauth2(token)
                .get("/api/v1/agent/handoffs/pending")
                .then()
                .statusCode(200)
                .body("conversationId", conversationIds);
    }

    @Test
    void agentsSeeTheirTeamsRequestsAndThoseWithoutTeamWhileSupervisorsAndAgentsWithoutTeamsSeeAll() {
        String tenant = "t-" + UUID.randomUUID();
        String billing = pendingIn(tenant, "b", "billing");
        String sales = pendingIn(tenant, "s", "sales");
        String anyone = pendingIn(tenant, "n", null);
        awaitPending(tenant, containsInAnyOrder(billing, sales, anyone));

        assertSees(
                TestTokens.agentInTeams("bill", tenant, List.of("billing"), "agent"),
                containsInAnyOrder(billing, anyone));
        assertSees(
                TestTokens.agentInTeams("sam", tenant, List.of("sales", "support"), "agent"),
                containsInAnyOrder(sales, anyone));
        assertSees(
                TestTokens.agentInTeams("both", tenant, List.of("sales", "billing"), "agent"),
                containsInAnyOrder(billing, sales, anyone));
        assertSees(TestTokens.agentInTeams("nobody", tenant, List.of("support"), "agent"), contains(anyone));
        assertSees(TestTokens.agent("eve", tenant, "agent"), containsInAnyOrder(billing, sales, anyone));
        assertSees(
                TestTokens.agentInTeams("sue", tenant, List.of("sales"), "supervisor"),
                containsInAnyOrder(billing, sales, anyone));
        assertSees(TestTokens.agentInTeams("olga", "other-" + tenant, List.of("billing"), "supervisor"), empty());
    }

    @Test
    void thePendingListNeedsAnAgentToken() {
        given().get("/api/v1/agent/handoffs/pending").then().statusCode(401).contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.agent("dave", "demo", "analyst"))
                .get("/api/v1/agent/handoffs/pending")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
