package dev.handoff.routing.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.domain.model.AnnouncedPlace;
import dev.handoff.shared.event.HandoffRequested;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Visitors are told plainly when no wait can be promised: nobody online, or agents online who take nothing; and
 * when agents are all at their limit. What they are told follows presence live.
 */
@QuarkusTest
@WithTestInfrastructure
class WaitStatusApiTest {
    /** routing.default-max-chats-per-agent. */
    private static final int LIMIT = 5;

    private static QueueFixture fixture;

    @BeforeAll
    static void connect() {
        fixture = new QueueFixture();
    }

    @AfterAll
    static void disconnect() {
        fixture.close();
    }

    private static AnnouncedPlace lastTold(String tenant, String id) {
        return Awaitility.await()
                .atMost(QueueFixture.WAIT)
                .until(
                        () -> {
                            List<AnnouncedPlace> told =
                                    Announcements.told(fixture, tenant).get(id);
                            return told == null ? null : told.get(told.size() - 1);
                        },
                        place -> place != null);
    }

    @Test
    void nobodyOnlineIsSaidPlainlyAndAnAgentComingOnlineGivesEveryVisitorAWait() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        List<String> ids =
                IntStream.rangeClosed(1, 2).mapToObj(i -> tenant + "-" + i).toList();
        fixture.queue(tenant, null, ids);

        Queued queued = (Queued)
                fixture.lifecycle(ids.get(1), Queued.class::isInstance, 1).get(0);
        assertThat(queued.waitStatus()).isEqualTo(WaitStatus.NO_AGENTS);
        assertThat(queued.estimatedWaitSeconds()).isZero();
        assertThat(Announcements.shown(tenant).values())
                .extracting(AnnouncedPlace::status)
                .containsOnly(WaitStatus.NO_AGENTS);

        fixture.agentOnline(tenant, "dave");
        Announcements.awaitToldAsShown(fixture, tenant);
        assertThat(Announcements.told(fixture, tenant).get(ids.get(1)))
                .last()
                .isEqualTo(new AnnouncedPlace(2, 120, WaitStatus.ESTIMATED));

        fixture.presence(tenant, "dave", PresenceStatus.OFFLINE, Instant.now());
        Awaitility.await()
                .atMost(QueueFixture.WAIT)
                .untilAsserted(() -> assertThat(lastTold(tenant, ids.get(0)))
                        .isEqualTo(new AnnouncedPlace(1, 0, WaitStatus.NO_AGENTS)));
    }

    @Test
    void agentsAllAtTheirLimitStillGiveAWaitSaidToBeLonger() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        List<String> ids = IntStream.rangeClosed(1, LIMIT + 2)
                .mapToObj(i -> tenant + "-" + i)
                .toList();
        fixture.agentOnline(tenant, "dave");
        fixture.queue(tenant, null, ids);
        for (String id : ids.subList(0, LIMIT)) {
            given().auth()
                    .oauth2(TestTokens.agent("dave", tenant, "agent"))
                    .post("/api/v1/queue/{id}/claim", id)
                    .then()
                    .statusCode(200);
        }
        Announcements.awaitToldAsShown(fixture, tenant);
        assertThat(Announcements.shown(tenant).values()).allSatisfy(place -> {
            assertThat(place.status()).isEqualTo(WaitStatus.AGENTS_BUSY);
            assertThat(place.waitSeconds()).isPositive();
        });
    }

    @Test
    void agentsOnlineWhoTakeNothingForLongAreSaidNotToBeAccepting() {
        String tenant = "t-" + UUID.randomUUID();
        fixture.agentOnline(tenant, "dave");
        // the visitor first in line has waited six minutes (routing.wait-estimate.nobody-accepting-after: 5m) and
        // nothing was taken from the queue meanwhile
        String id = tenant + "-long";
        fixture.publish(new HandoffRequested(
                UUID.randomUUID(),
                Instant.now().minus(Duration.ofMinutes(6)),
                TenantId.of(tenant),
                ConversationId.of(id),
                BotId.of("demo-bot"),
                VisitorInfo.anonymous(),
                List.of(),
                "en",
                null,
                0,
                null));

        Queued queued =
                (Queued) fixture.lifecycle(id, Queued.class::isInstance, 1).get(0);
        assertThat(queued.waitStatus()).isEqualTo(WaitStatus.NOT_ACCEPTING);
        assertThat(queued.estimatedWaitSeconds()).isZero();
        assertThat(Announcements.shown(tenant).get(id)).isEqualTo(new AnnouncedPlace(1, 0, WaitStatus.NOT_ACCEPTING));
    }
}
