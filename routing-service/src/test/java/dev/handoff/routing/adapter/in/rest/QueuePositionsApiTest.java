package dev.handoff.routing.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.adapter.in.scheduler.RoutingSweeps;
import dev.handoff.routing.application.port.in.AnnounceQueuePositionsUseCase;
import dev.handoff.routing.domain.model.AnnouncedPlace;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Places are announced after the changes commit, once per queue and run however many changes there were, and
 * only to visitors whose place or wait changed. Some tests pause the timed announcer and run it themselves, so
 * that what a run does is exactly known.
 */
@QuarkusTest
@WithTestInfrastructure
class QueuePositionsApiTest {
    /** routing.default-max-chats-per-agent: how many claims one agent of a test makes. */
    private static final int LIMIT = 5;

    private static QueueFixture fixture;

    @Inject
    AnnounceQueuePositionsUseCase announcer;

    @Inject
    Scheduler scheduler;

    @BeforeAll
    static void connect() {
        fixture = new QueueFixture();
    }

    @AfterAll
    static void disconnect() {
        fixture.close();
    }

    private static List<String> conversations(String tenant, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> tenant + "-" + i).toList();
    }

    private static void claim(String agent, String tenant, String id) {
        given().auth()
                .oauth2(TestTokens.agent(agent, tenant, "agent"))
                .post("/api/v1/queue/{id}/claim", id)
                .then()
                .statusCode(200);
    }

    /** Runs the announcer as one timed run does. */
    private void announceOnce() {
        long upTo = announcer.latestChange();
        while (announcer.announceNextQueue(upTo)) {
            // one queue per transaction
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    /** Runs {@code steps} with the timed announcer paused; what was changed before is announced first. */
    private void withTimedAnnouncerPaused(Step steps) throws Exception {
        scheduler.pause(RoutingSweeps.ANNOUNCE_POSITIONS);
        try {
            announceOnce();
            steps.run();
        } finally {
            scheduler.resume(RoutingSweeps.ANNOUNCE_POSITIONS);
        }
    }

    @Test
    void positionsArriveAndAreRightAfterAnArrivalAheadAClaimAndAVisitorLeaving() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        List<String> ids = conversations(tenant, 4);
        // someone is there to take chats (the strategy is manual, so dave takes nothing himself)
        fixture.agentOnline(tenant, "dave");
        fixture.queue(tenant, null, ids);
        String urgent = tenant + "-urgent";

        fixture.publish(new HandoffRequested(
                UUID.randomUUID(),
                Instant.now(),
                TenantId.of(tenant),
                ConversationId.of(urgent),
                BotId.of("demo-bot"),
                VisitorInfo.anonymous(),
                List.of(),
                "en",
                null,
                5,
                null));
        Announcements.awaitToldAsShown(fixture, tenant);
        assertThat(Announcements.shown(tenant).keySet())
                .containsExactly(urgent, ids.get(0), ids.get(1), ids.get(2), ids.get(3));

        claim("alice", tenant, ids.get(1));
        fixture.publish(new EndedByVisitor(
                UUID.randomUUID(), Instant.now(), TenantId.of(tenant), ConversationId.of(ids.get(2))));
        Announcements.awaitToldAsShown(fixture, tenant);

        Map<String, AnnouncedPlace> shown = Announcements.shown(tenant);
        assertThat(shown.keySet()).containsExactly(urgent, ids.get(0), ids.get(3));
        // one assignment is too little history: the configured 60 s per place
        assertThat(shown.values())
                .containsExactly(new AnnouncedPlace(1, 60), new AnnouncedPlace(2, 120), new AnnouncedPlace(3, 180));
        Map<String, List<AnnouncedPlace>> told = Announcements.told(fixture, tenant);
        // each heard Queued, then only real changes: 1 moved back once and never forward; 4 went 4, 5, then 3
        assertThat(told.get(ids.get(0))).extracting(AnnouncedPlace::position).containsExactly(1, 2);
        assertThat(told.get(ids.get(3)))
                .extracting(AnnouncedPlace::position)
                .first()
                .isEqualTo(4);
        assertThat(told.get(ids.get(3))).last().isEqualTo(new AnnouncedPlace(3, 180));
        assertThat(told.get(urgent)).containsExactly(new AnnouncedPlace(1, 60));
        assertThat(told.values()).allSatisfy(Announcements::assertNoRepeats);
    }

    @Test
    void aBurstOfAssignmentsOverABacklogIsAnnouncedOncePerMovedVisitorNotOncePerAssignment() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        int backlog = 60;
        int burst = 30;
        List<String> ids = conversations(tenant, backlog);
        withTimedAnnouncerPaused(() -> {
            fixture.request(tenant, null, ids);
            Announcements.awaitShown(tenant, backlog);
            announceOnce();
            long before = Announcements.positionEvents(fixture, tenant);

            List<String> head = new ArrayList<>(Announcements.shown(tenant).keySet()).subList(0, burst);
            for (int i = 0; i < burst; i++) {
                claim("agent-" + i / LIMIT, tenant, head.get(i));
            }
            announceOnce();

            long announced = Announcements.positionEvents(fixture, tenant) - before;
            // announcing inside every assignment would have told each visitor behind it: sum of (backlog - k)
            long perAssignment = (long) burst * backlog - (long) burst * (burst + 1) / 2;
            // the 30 still waiting all moved and hear it once (a timed run that was going when the announcer was
            // paused only takes changes older than this tenant's)
            assertThat(announced).isEqualTo(backlog - burst);
            assertThat(announced * 10).isLessThan(perAssignment);
        });
        Announcements.awaitToldAsShown(fixture, tenant);
    }

    @Test
    void twoAnnouncersRunningAtOnceNeverTellAVisitorTheSameThingTwice() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        List<String> ids = conversations(tenant, 40);
        withTimedAnnouncerPaused(() -> {
            fixture.request(tenant, null, ids);
            Announcements.awaitShown(tenant, ids.size());
            AtomicBoolean changing = new AtomicBoolean(true);
            ExecutorService announcers = Executors.newFixedThreadPool(2);
            List<Future<?>> running = new ArrayList<>();
            for (int a = 0; a < 2; a++) {
                running.add(announcers.submit(() -> {
                    while (changing.get()) {
                        announcer.announceNextQueue(announcer.latestChange());
                    }
                    return null;
                }));
            }
            try {
                List<String> order = new ArrayList<>(Announcements.shown(tenant).keySet());
                // every other one, so that both the ones behind and between move
                for (int i = 0; i < 20; i++) {
                    claim("agent-" + i / LIMIT, tenant, order.get(2 * i));
                }
            } finally {
                changing.set(false);
                announcers.shutdown();
            }
            for (Future<?> f : running) {
                f.get(1, TimeUnit.MINUTES);
            }
            assertThat(announcers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            announceOnce();
        });
        Announcements.awaitToldAsShown(fixture, tenant);
        assertThat(Announcements.told(fixture, tenant).values()).allSatisfy(Announcements::assertNoRepeats);
    }
}
