package dev.handoff.routing.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.domain.model.AnnouncedPlace;
import dev.handoff.routing.domain.model.AssignmentPace;
import dev.handoff.routing.domain.model.WaitEstimate;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Waits are estimated from how fast the queue was actually served (its assignments, stored where every replica
 * reads them), announced to visitors and shown in the queue view alike; the configured 60 s per place applies
 * until there is enough history.
 */
@QuarkusTest
@WithTestInfrastructure
class MeasuredWaitApiTest {
    /** What application.properties configures: 60 s without history, the newest 20 of the last 30 minutes, 3 needed. */
    private static final AssignmentPace PACE = new AssignmentPace(Duration.ofSeconds(60), Duration.ofMinutes(30), 20, 3);
    private static QueueFixture fixture;

    @BeforeAll
    static void connect() {
        fixture = new QueueFixture();
    }

    @AfterAll
    static void disconnect() {
        fixture.close();
    }

    private static void claim(String tenant, String id) {
        given().auth().oauth2(TestTokens.agent("alice", tenant, "agent")).post("/api/v1/queue/{id}/claim", id)
                .then().statusCode(200);
    }

    /** The time between assignments the queue's stored history gives now, by the formula of the domain. */
    private static Duration measured(String tenant) throws Exception {
        return PACE.timeBetweenAssignments(RoutingDatabase.assignmentTimes(tenant), Instant.now());
    }

    private static void assertEstimatedWith(Map<String, AnnouncedPlace> shown, Duration perAssignment) {
        assertThat(shown.values()).allSatisfy(place -> assertThat(place.waitSeconds())
                .isEqualTo(WaitEstimate.secondsFor(place.position(), perAssignment)));
    }

    @Test
    void theEstimateFollowsTheMeasuredPaceAndDropsWhenAssignmentsSpeedUp() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        List<String> ids = IntStream.rangeClosed(1, 8).mapToObj(i -> tenant + "-" + i).toList();
        fixture.queue(tenant, null, ids);
        // no history: the configured pace, in Queued and in the view
        assertEstimatedWith(Announcements.shown(tenant), Duration.ofSeconds(60));
        assertThat(Announcements.told(fixture, tenant).get(ids.get(7))).containsExactly(new AnnouncedPlace(8, 480));

        // the queue was served slowly a minute or two ago: one assignment every 40 s
        Instant now = Instant.now();
        for (int ago : new int[] {130, 90, 50}) {
            RoutingDatabase.assignedBefore(tenant, now.minusSeconds(ago));
        }
        claim(tenant, ids.get(0));
        Announcements.awaitToldAsShown(fixture, tenant);
        Duration slow = measured(tenant);
        assertThat(slow).isBetween(Duration.ofSeconds(40), Duration.ofSeconds(50));
        assertEstimatedWith(Announcements.shown(tenant), slow);

        // now three in quick succession: the pace over the newest assignments gets shorter, and so do the waits
        claim(tenant, ids.get(1));
        claim(tenant, ids.get(2));
        claim(tenant, ids.get(3));
        Announcements.awaitToldAsShown(fixture, tenant);
        Duration fast = measured(tenant);
        assertThat(fast).isLessThan(slow);
        Map<String, AnnouncedPlace> shown = Announcements.shown(tenant);
        assertThat(shown).hasSize(4);
        assertEstimatedWith(shown, fast);
        assertThat(shown.get(ids.get(4))).isEqualTo(new AnnouncedPlace(1, WaitEstimate.secondsFor(1, fast)));
        assertThat(shown.get(ids.get(7)).waitSeconds()).isLessThan(WaitEstimate.secondsFor(4, slow));
    }
}
