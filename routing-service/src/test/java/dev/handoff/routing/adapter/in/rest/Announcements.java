package dev.handoff.routing.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.domain.model.AnnouncedPlace;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.model.WaitStatus;
import dev.handoff.testinfra.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/** What visitors of a tenant were told (from the lifecycle topic) and what the queue view shows now. */
final class Announcements {
    private Announcements() {}

    /** Every place each conversation of the tenant was told, in order: its Queued, then each QueuePositionChanged. */
    static Map<String, List<AnnouncedPlace>> told(QueueFixture fixture, String tenant) throws Exception {
        Map<String, List<AnnouncedPlace>> told = new HashMap<>();
        for (IntegrationEvent e :
                fixture.lifecycleSoFar(e -> tenant.equals(e.tenantId().value()))) {
            if (e instanceof Queued q) {
                told.computeIfAbsent(q.conversationId().value(), k -> new ArrayList<>())
                        .add(new AnnouncedPlace(q.position(), q.estimatedWaitSeconds(), q.waitStatusOrEstimated()));
            } else if (e instanceof QueuePositionChanged p) {
                told.computeIfAbsent(p.conversationId().value(), k -> new ArrayList<>())
                        .add(new AnnouncedPlace(p.position(), p.estimatedWaitSeconds(), p.waitStatusOrEstimated()));
            }
        }
        return told;
    }

    /** How many QueuePositionChanged the tenant's visitors got, once everything committed reached Kafka. */
    static long positionEvents(QueueFixture fixture, String tenant) throws Exception {
        Awaitility.await().atMost(QueueFixture.WAIT).until(() -> RoutingDatabase.outboxBacklog() == 0);
        return fixture.lifecycleSoFar(e -> e instanceof QueuePositionChanged
                        && tenant.equals(e.tenantId().value()))
                .size();
    }

    /** Conversation id to its place in its queue and estimated wait, as a supervisor's queue view shows them. */
    static Map<String, AnnouncedPlace> shown(String tenant) {
        List<Map<String, Object>> items = given().auth()
                .oauth2(TestTokens.agent("carol", tenant, "supervisor"))
                .get("/api/v1/queue")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        Map<String, AnnouncedPlace> shown = new LinkedHashMap<>();
        for (Map<String, Object> item : items) {
            shown.put(
                    (String) item.get("conversationId"),
                    new AnnouncedPlace(
                            ((Number) item.get("queuePosition")).intValue(),
                            ((Number) item.get("estimatedWaitSeconds")).longValue(),
                            WaitStatus.valueOf((String) item.get("waitStatus"))));
        }
        return shown;
    }

    static void awaitShown(String tenant, int count) {
        Awaitility.await().atMost(QueueFixture.WAIT).until(() -> shown(tenant).size() == count);
    }

    /**
     * Waits until every conversation the view lists was last told the place and wait status the view shows, and a
     * wait too close to the view's to be worth telling again: a measured wait drifts with time between the
     * announcement and the view.
     */
    static void awaitToldAsShown(QueueFixture fixture, String tenant) {
        Awaitility.await()
                .atMost(QueueFixture.WAIT)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    Map<String, List<AnnouncedPlace>> told = told(fixture, tenant);
                    shown(tenant)
                            .forEach((id, place) -> assertThat(told.get(id))
                                    .as(id)
                                    .isNotNull()
                                    .last()
                                    .satisfies(last -> assertThat(last.worthTelling(place))
                                            .as("%s told %s, shown %s", id, last, place)
                                            .isFalse()));
                });
    }

    /** A visitor is never told the same place and wait twice in a row: that would be an announcement of nothing. */
    static void assertNoRepeats(List<AnnouncedPlace> places) {
        for (int i = 1; i < places.size(); i++) {
            assertThat(places.get(i)).as("announcement %d of %s", i, places).isNotEqualTo(places.get(i - 1));
        }
    }
}
