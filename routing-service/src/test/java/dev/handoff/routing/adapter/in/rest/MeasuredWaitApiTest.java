package dev.handoff.routing.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.domain.model.AnnouncedPlace;
import dev.handoff.routing.domain.model.AssignmentPace;
import dev.handoff.routing.domain.model.WaitEstimate;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.model.WaitStatus;
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
 * reads them, counted until now), announced to visitors and shown in the queue view alike; the configured 60 s per
 * place applies until there is enough history.
 */
@QuarkusTest
@WithTestInfrastructure
class MeasuredWaitApiTest {
    /** What application.properties configures: 60 s without history, the newest 20 of the last 30 minutes, 3 needed. */
    private static final AssignmentPace PACE =
            new AssignmentPace(Duration.ofSeconds(60), Duration.ofMinutes(30), 20, 3);

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
        given().auth()
                .oauth2(TestTokens.agent("alice", tenant, "agent"))
                .post("/api/v1/queue/{id}/claim", id)
                .then()
                .statusCode(200);
    }

    /** The time per assignment the queue's stored history gives now, by the formula of the domain. */
    private static Duration measured(String tenant) throws Exception {
        return PACE.timeBetweenAssignments(RoutingDatabase.assignmentTimes(tenant), Instant.now());
    }

    /**
     * The view, checked against the pace measured just before and just after reading it: the pace counts the time
     * since the oldest assignment until now, so it grows while the test runs.
     */
    private static Map<String, AnnouncedPlace> assertShownWithMeasuredPace(String tenant) throws Exception {
        Duration before = measured(tenant);
        Map<String, AnnouncedPlace> shown = Announcements.shown(tenant);
        Duration after = measured(tenant);
        assertThat(shown.values()).allSatisfy(place -> {
            assertThat(place.status()).isEqualTo(WaitStatus.ESTIMATED);
            assertThat(place.waitSeconds())
                    .isBetween(
                            WaitEstimate.secondsFor(place.position(), before),
                            WaitEstimate.secondsFor(place.position(), after));
        });
        return shown;
    }

    @Test
    void theEstimateFollowsTheMeasuredAcceptRateAndDropsWhenAssignmentsSpeedUp() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        List<String> ids =
                IntStream.rangeClosed(1, 8).mapToObj(i -> tenant + "-" + i).toList();
        fixture.agentOnline(tenant, "dave");
        fixture.queue(tenant, null, ids);
        // no history: the configured pace, in Queued and in the view
        assertThat(Announcements.shown(tenant).values())
                .allSatisfy(place ->
                        assertThat(place).isEqualTo(new AnnouncedPlace(place.position(), 60L * place.position())));
        assertThat(Announcements.told(fixture, tenant).get(ids.get(7))).containsExactly(new AnnouncedPlace(8, 480));

        // the queue was served slowly in the last two minutes: three assignments, then a claim now: 4 over ~130 s
        Instant now = Instant.now();
        for (int ago : new int[] {130, 90, 50}) {
            RoutingDatabase.assignedBefore(tenant, now.minusSeconds(ago));
        }
        claim(tenant, ids.get(0));
        Announcements.awaitToldAsShown(fixture, tenant);
        Duration slow = measured(tenant);
        assertThat(slow).isBetween(Duration.ofMillis(32_500), Duration.ofSeconds(40));
        assertShownWithMeasuredPace(tenant);

        // now three in quick succession: 7 over ~130 s, and the waits get shorter
        claim(tenant, ids.get(1));
        claim(tenant, ids.get(2));
        claim(tenant, ids.get(3));
        Announcements.awaitToldAsShown(fixture, tenant);
        Duration fast = measured(tenant);
        assertThat(fast).isLessThan(slow);
        Map<String, AnnouncedPlace> shown = assertShownWithMeasuredPace(tenant);
        assertThat(shown).hasSize(4);
        assertThat(shown.get(ids.get(4)).position()).isEqualTo(1);
        assertThat(shown.get(ids.get(7)).waitSeconds()).isLessThan(WaitEstimate.secondsFor(4, slow));
    }

    @Test
    void aBurstOfAcceptsLongAgoDoesNotPromiseItsPaceWhileNobodyAccepts() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        fixture.agentOnline(tenant, "dave");
        // twenty minutes ago five chats were taken within two seconds; nothing since
        Instant burst = Instant.now().minus(Duration.ofMinutes(20));
        for (int i = 0; i < 5; i++) {
            RoutingDatabase.assignedBefore(tenant, burst.plusMillis(500L * i));
        }
        List<String> ids =
                IntStream.rangeClosed(1, 3).mapToObj(i -> tenant + "-" + i).toList();
        fixture.queue(tenant, null, ids);

        // five accepts in twenty minutes: four minutes per place, not half a second
        Map<String, AnnouncedPlace> shown = assertShownWithMeasuredPace(tenant);
        assertThat(shown.get(ids.get(0)).waitSeconds())
                .isGreaterThanOrEqualTo(Duration.ofMinutes(4).toSeconds());
        Queued queued = (Queued)
                fixture.lifecycle(ids.get(2), Queued.class::isInstance, 1).get(0);
        assertThat(queued.estimatedWaitSeconds())
                .isGreaterThanOrEqualTo(Duration.ofMinutes(12).toSeconds());
    }
}
