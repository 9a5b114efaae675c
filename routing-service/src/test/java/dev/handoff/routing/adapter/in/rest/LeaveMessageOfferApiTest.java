package dev.handoff.routing.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.MessageLeft;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.shared.model.WaitStatus;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A visitor nobody is accepting is offered to leave a message once they waited the tenant's time, live, also alone in
 * the queue with nothing else changing; never while agents accept; a message left takes them out of the queue.
 */
@QuarkusTest
@WithTestInfrastructure
class LeaveMessageOfferApiTest {
    private static QueueFixture fixture;

    @BeforeAll
    static void connect() {
        fixture = new QueueFixture();
    }

    @AfterAll
    static void disconnect() {
        fixture.close();
    }

    private static RequestSpecification supervisorOf(String tenant) {
        return given().auth()
                .oauth2(TestTokens.agent("carol", tenant, "supervisor"))
                .contentType(ContentType.JSON);
    }

    private static void leaveMessageAfter(String tenant, int seconds) {
        supervisorOf(tenant)
                .body("{\"leaveMessageAfterSeconds\":" + seconds + "}")
                .put("/api/v1/routing/settings")
                .then()
                .statusCode(200)
                .body("leaveMessageAfterSeconds", equalTo(seconds));
    }

    /** A handoff of a visitor who arrived {@code agoSeconds} ago, once routing queued it. */
    private static Queued arrivedAgo(String tenant, String id, long agoSeconds) {
        fixture.publish(new HandoffRequested(
                UUID.randomUUID(),
                Instant.now().minusSeconds(agoSeconds),
                TenantId.of(tenant),
                ConversationId.of(id),
                BotId.of("demo-bot"),
                VisitorInfo.anonymous(),
                List.of(),
                "en",
                null,
                0,
                null));
        return (Queued) fixture.lifecycle(id, Queued.class::isInstance, 1).get(0);
    }

    private static List<QueuePositionChanged> announced(String tenant, String id) {
        return fixture
                .lifecycleSoFar(e -> e instanceof QueuePositionChanged p
                        && tenant.equals(e.tenantId().value())
                        && p.conversationId().value().equals(id))
                .stream()
                .map(QueuePositionChanged.class::cast)
                .toList();
    }

    @Test
    void theWaitIsTwoMinutesByDefaultCanBeTurnedOffAndIsValidated() {
        String tenant = "t-" + UUID.randomUUID();
        supervisorOf(tenant)
                .get("/api/v1/routing/settings")
                .then()
                .statusCode(200)
                .body("leaveMessageAfterSeconds", equalTo(120));
        for (String bad : new String[] {"-1", "4", "86401"}) {
            supervisorOf(tenant)
                    .body("{\"leaveMessageAfterSeconds\":" + bad + "}")
                    .put("/api/v1/routing/settings")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("leaveMessageAfterSeconds"));
        }
        for (String wrongType : new String[] {"\"soon\"", "1.5", "true"}) {
            supervisorOf(tenant)
                    .body("{\"leaveMessageAfterSeconds\":" + wrongType + "}")
                    .put("/api/v1/routing/settings")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        supervisorOf(tenant)
                .get("/api/v1/routing/settings")
                .then()
                .statusCode(200)
                .body("leaveMessageAfterSeconds", equalTo(120));
        leaveMessageAfter(tenant, 0);
        leaveMessageAfter(tenant, 5);
        // a PUT of another field keeps it
        supervisorOf(tenant)
                .body("{\"strategy\":\"AUTO\"}")
                .put("/api/v1/routing/settings")
                .then()
                .statusCode(200)
                .body("leaveMessageAfterSeconds", equalTo(5))
                .body("strategy", equalTo("AUTO"));
        supervisorOf("other-" + tenant)
                .get("/api/v1/routing/settings")
                .then()
                .statusCode(200)
                .body("leaveMessageAfterSeconds", equalTo(120));
        given().auth()
                .oauth2(TestTokens.agent("dave", tenant, "agent"))
                .contentType(ContentType.JSON)
                .body("{\"leaveMessageAfterSeconds\":5}")
                .put("/api/v1/routing/settings")
                .then()
                .statusCode(403);
    }

    @Test
    void aVisitorAloneWithNobodyOnlineIsOfferedOnceTheyWaitedTheTenantsTime() {
        String tenant = "t-" + UUID.randomUUID();
        leaveMessageAfter(tenant, 5);
        String id = tenant + "-alone";
        Instant requested = Instant.now();
        Queued queued = arrivedAgo(tenant, id, 0);
        assertThat(queued.waitStatus()).isEqualTo(WaitStatus.NO_AGENTS);
        assertThat(queued.occurredAt()).isAfterOrEqualTo(requested);

        // Nothing else happens in this queue: only the leave-message sweep can make routing look at it again.
        QueuePositionChanged offer = (QueuePositionChanged) fixture.lifecycle(
                        id, e -> e instanceof QueuePositionChanged p && p.offersLeavingMessage(), 1)
                .get(0);
        assertThat(offer.waitStatus()).isEqualTo(WaitStatus.NO_AGENTS);
        assertThat(offer.position()).isEqualTo(1);
        assertThat(Duration.between(requested, offer.occurredAt()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(5))
                // seconds after the wait (1 s sweep, 1 s announcer), where the 15 s refresh alone would often be later
                .isLessThan(Duration.ofSeconds(5 + 5));
        assertThat(announced(tenant, id))
                .filteredOn(p -> p.occurredAt().isBefore(offer.occurredAt()))
                .noneMatch(QueuePositionChanged::offersLeavingMessage);
    }

    @Test
    void nobodyIsOfferedWhileAgentsAcceptAndTheOfferFollowsWhetherAnyoneAccepts() {
        String tenant = "t-" + UUID.randomUUID();
        leaveMessageAfter(tenant, 5);
        fixture.agentOnline(tenant, "dave");
        String id = tenant + "-long";
        Queued queued = arrivedAgo(tenant, id, 60);
        assertThat(queued.waitStatus()).isEqualTo(WaitStatus.ESTIMATED);
        assertThat(queued.estimatedWaitSeconds()).isPositive();

        // dave goes: nobody accepts, and the visitor has waited long enough: status and offer come together
        fixture.presence(tenant, "dave", PresenceStatus.OFFLINE, Instant.now());
        QueuePositionChanged offered = (QueuePositionChanged) fixture.lifecycle(
                        id, e -> e instanceof QueuePositionChanged p && p.offersLeavingMessage(), 1)
                .get(0);
        assertThat(offered.waitStatus()).isEqualTo(WaitStatus.NO_AGENTS);

        // dave is back: the visitor is told a wait, and no longer offered; they can still be taken
        fixture.presence(tenant, "dave", PresenceStatus.ONLINE, Instant.now());
        QueuePositionChanged back = (QueuePositionChanged) fixture.lifecycle(
                        id,
                        e -> e instanceof QueuePositionChanged p
                                && p.waitStatusOrEstimated() == WaitStatus.ESTIMATED
                                && p.occurredAt().isAfter(offered.occurredAt()),
                        1)
                .get(0);
        assertThat(back.offersLeavingMessage()).isFalse();
        assertThat(announced(tenant, id))
                .allSatisfy(p -> assertThat(p.offersLeavingMessage())
                        .as("offered only while nobody accepts: %s", p)
                        .isEqualTo(p.waitStatusOrEstimated() == WaitStatus.NO_AGENTS
                                || p.waitStatusOrEstimated() == WaitStatus.NOT_ACCEPTING));
        given().auth()
                .oauth2(TestTokens.agent("dave", tenant, "agent"))
                .post("/api/v1/queue/{id}/claim", id)
                .then()
                .statusCode(200);
    }

    @Test
    void aTenantThatTurnedItOffOffersNothing() {
        String tenant = "t-" + UUID.randomUUID();
        leaveMessageAfter(tenant, 0);
        String id = tenant + "-off";
        assertThat(arrivedAgo(tenant, id, 600).waitStatus()).isEqualTo(WaitStatus.NO_AGENTS);
        // a more urgent arrival moves the visitor: the announcement of their new place would carry an offer if on
        fixture.publish(new HandoffRequested(
                UUID.randomUUID(),
                Instant.now(),
                TenantId.of(tenant),
                ConversationId.of(tenant + "-urgent"),
                BotId.of("demo-bot"),
                VisitorInfo.anonymous(),
                List.of(),
                "en",
                null,
                5,
                null));
        QueuePositionChanged moved = (QueuePositionChanged) fixture.lifecycle(
                        id, e -> e instanceof QueuePositionChanged p && p.position() == 2, 1)
                .get(0);
        assertThat(moved.waitStatus()).isEqualTo(WaitStatus.NO_AGENTS);
        assertThat(moved.offersLeavingMessage()).isFalse();
    }

    @Test
    void aMessageLeftTakesTheVisitorOutOfTheQueueAndThoseBehindMoveUp() {
        String tenant = "t-" + UUID.randomUUID();
        List<String> ids = List.of(tenant + "-1", tenant + "-2");
        fixture.queue(tenant, null, ids);
        fixture.publish(new MessageLeft(
                UUID.randomUUID(),
                Instant.now(),
                TenantId.of(tenant),
                ConversationId.of(ids.get(0)),
                BotId.of("demo-bot"),
                null,
                "Thandi",
                "thandi@example.com",
                "Call me"));

        IntegrationEvent moved = fixture.lifecycle(
                        ids.get(1), e -> e instanceof QueuePositionChanged p && p.position() == 1, 1)
                .get(0);
        assertThat(moved).isInstanceOf(QueuePositionChanged.class);
        Awaitility.await()
                .atMost(QueueFixture.WAIT)
                .untilAsserted(() -> assertThat(Announcements.shown(tenant)).containsOnlyKeys(ids.get(1)));
        given().auth()
                .oauth2(TestTokens.agent("dave", tenant, "agent"))
                .post("/api/v1/queue/{id}/claim", ids.get(0))
                .then()
                .statusCode(409);
    }
}
