package dev.handoff.routing.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.QueueOverflowed;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A team that does not answer in time: its waiting conversations go to everyone; the times are settings. */
@QuarkusTest
@WithTestInfrastructure
class TeamOverflowApiTest {
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

    /** A handoff to the team whose visitor arrived {@code agoSeconds} ago. */
    private static String requestedAgo(String tenant, String team, int agoSeconds) {
        String id = tenant + "-" + team + "-" + agoSeconds;
        fixture.publish(new HandoffRequested(
                UUID.randomUUID(),
                Instant.now().minusSeconds(agoSeconds),
                TenantId.of(tenant),
                ConversationId.of(id),
                BotId.of("demo-bot"),
                VisitorInfo.anonymous(),
                List.of(),
                "en",
                TeamId.of(team),
                0,
                null));
        return id;
    }

    private static Map<String, Object> item(String tenant, String id) {
        List<Map<String, Object>> items = given().auth()
                .oauth2(TestTokens.agent("carol", tenant, "supervisor"))
                .get("/api/v1/queue")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return items.stream()
                .filter(i -> id.equals(i.get("conversationId")))
                .findFirst()
                .orElse(null);
    }

    @Test
    void aConversationWaitingLongerThanItsTeamsOverflowTimeGoesToEveryoneUnlessTheTeamNeverOverflows() {
        String tenant = "t-" + UUID.randomUUID();
        supervisorOf(tenant)
                .body("{\"teamOverflowSeconds\":60}")
                .put("/api/v1/routing/settings")
                .then()
                .statusCode(200)
                .body("teamOverflowSeconds", equalTo(60))
                .body("missedOffersBeforeAway", equalTo(3));
        supervisorOf(tenant)
                .body("{\"overflowAfterSeconds\":0}")
                .put("/api/v1/routing/teams/sales/settings")
                .then()
                .statusCode(200)
                .body("overflowAfterSeconds", equalTo(0))
                .body("effectiveOverflowAfterSeconds", equalTo(0));
        supervisorOf(tenant)
                .get("/api/v1/routing/teams/billing/settings")
                .then()
                .statusCode(200)
                .body("overflowAfterSeconds", equalTo(null))
                .body("effectiveOverflowAfterSeconds", equalTo(60));

        String late = requestedAgo(tenant, "billing", 90);
        String recent = requestedAgo(tenant, "billing", 0);
        String sales = requestedAgo(tenant, "sales", 90);

        QueueOverflowed overflowed = (QueueOverflowed)
                fixture.lifecycle(late, QueueOverflowed.class::isInstance, 1).get(0);
        assertThat(overflowed.fromTeam()).isEqualTo(TeamId.of("billing"));
        Awaitility.await().atMost(QueueFixture.WAIT).untilAsserted(() -> {
            assertThat(item(tenant, late)).containsEntry("team", null).containsEntry("overflowedFrom", "billing");
            assertThat(item(tenant, recent)).containsEntry("team", "billing");
            assertThat(item(tenant, sales)).containsEntry("team", "sales");
        });

        // an agent of another team may take it now
        given().auth()
                .oauth2(TestTokens.agentInTeams("sam", tenant, List.of("sales"), "agent"))
                .post("/api/v1/queue/{id}/claim", late)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.agentInTeams("sam", tenant, List.of("sales"), "agent"))
                .post("/api/v1/queue/{id}/claim", recent)
                .then()
                .statusCode(403);
    }

    @Test
    void theTimesAreValidated() {
        String tenant = "t-" + UUID.randomUUID();
        for (String bad : new String[] {
            "{\"teamOverflowSeconds\":5}", "{\"teamOverflowSeconds\":86401}", "{\"teamOverflowSeconds\":-1}"
        }) {
            supervisorOf(tenant)
                    .body(bad)
                    .put("/api/v1/routing/settings")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("teamOverflowSeconds"));
        }
        for (String bad : new String[] {"{\"missedOffersBeforeAway\":21}", "{\"missedOffersBeforeAway\":-1}"}) {
            supervisorOf(tenant)
                    .body(bad)
                    .put("/api/v1/routing/settings")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("missedOffersBeforeAway"));
        }
        supervisorOf(tenant)
                .body("{\"overflowAfterSeconds\":9}")
                .put("/api/v1/routing/teams/billing/settings")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("overflowAfterSeconds"));
        supervisorOf(tenant)
                .body("{\"missedOffersBeforeAway\":0}")
                .put("/api/v1/routing/settings")
                .then()
                .statusCode(200)
                .body("missedOffersBeforeAway", equalTo(0))
                .body("teamOverflowSeconds", equalTo(0));
    }
}
