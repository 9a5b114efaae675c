package dev.handoff.notification.adapter.in.kafka;

import static dev.handoff.notification.NotificationFixture.awaitMails;
import static dev.handoff.notification.NotificationFixture.mails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.notification.DueJobs;
import dev.handoff.notification.MailContent;
import dev.handoff.notification.NotificationFixture;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.testinfra.MutableClock;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * "Still waiting" and the escalation, driven by the test's clock: a request that waits the tenant's (or its bot's)
 * threshold is mailed once, and not at all when it was taken, ended or expired first.
 */
@QuarkusTest
@WithTestInfrastructure
class StillWaitingMailTest {
    private static final String WAITING = "STILL_WAITING";

    @Inject
    MutableClock clock;

    /** Fires every timer due now, in this thread: once it returns, nothing due is left undecided. */
    private static void fireDueTimers() {
        DueJobs.current().runNow();
    }

    @Test
    void aRequestWaitingFiveMinutesIsMailedOnceAndNotASecondBefore() {
        try (NotificationFixture acme = new NotificationFixture("waiting-once", clock)) {
            acme.recipients("waiting@example.com");
            ConversationId id = acme.queuedRequest("Zanele", "still there?");
            awaitMails(id, "NEW_REQUEST", 1);

            clock.advance(Duration.ofMinutes(5).minusSeconds(1));
            fireDueTimers();
            assertThat(acme.entry(id, WAITING).get("status")).isEqualTo("SCHEDULED");
            assertThat(mails(id, WAITING)).isEmpty();

            clock.advance(Duration.ofSeconds(1));
            MailContent mail = awaitMails(id, WAITING, 1).get(0);
            assertThat(mail.subject()).isEqualTo("Still waiting for an agent: Zanele (5 min)");
            assertThat(mail.text()).contains("waiting for 5 min", "still there?", "#pending/" + id.value());

            clock.advance(Duration.ofMinutes(30));
            ConversationId sentinel = acme.request(
                    "Sentinel", "later", "sales-bot", null, clock.instant().minus(Duration.ofMinutes(6)));
            awaitMails(sentinel, WAITING, 1);
            assertThat(mails(id, WAITING)).hasSize(1);
        }
    }

    @Test
    void aBotsOwnThresholdReplacesTheTenants() {
        try (NotificationFixture acme = new NotificationFixture("waiting-bot", clock)) {
            acme.recipients("bots@example.com");
            acme.settings("""
                    {"mailAgents":true,"waitingAfterMinutes":10,"batchMinutes":3,"idleMinutes":5,
                     "bots":[{"botId":"vip-bot","waitingAfterMinutes":2}]}""");
            ConversationId vip = acme.request("Vip", "help", "vip-bot", null, clock.instant());
            ConversationId ordinary = acme.request("Ordinary", "help", "sales-bot", null, clock.instant());
            acme.awaitLogged(vip, WAITING, "SCHEDULED");
            acme.awaitLogged(ordinary, WAITING, "SCHEDULED");

            clock.advance(Duration.ofMinutes(2));
            awaitMails(vip, WAITING, 1);
            fireDueTimers();
            assertThat(acme.entry(ordinary, WAITING).get("status")).isEqualTo("SCHEDULED");

            clock.advance(Duration.ofMinutes(8));
            awaitMails(ordinary, WAITING, 1);
        }
    }

    @Test
    void aRequestTakenEndedOrExpiredFirstIsNeverMailedAsStillWaiting() {
        try (NotificationFixture acme = new NotificationFixture("waiting-void", clock)) {
            acme.recipients("void@example.com");
            ConversationId taken = acme.queuedRequest("Taken", "hi");
            ConversationId left = acme.queuedRequest("Left", "hi");
            ConversationId expired = acme.queuedRequest("Expired", "hi");
            for (ConversationId id : List.of(taken, left, expired)) {
                acme.awaitLogged(id, WAITING, "SCHEDULED"); // requests first: their ends come on another topic
            }
            acme.assigned(taken, "ana");
            acme.send(new EndedByVisitor(UUID.randomUUID(), clock.instant(), acme.tenant, left));
            acme.send(new Expired(UUID.randomUUID(), clock.instant(), acme.tenant, expired, clock.instant()));
            assertThat(acme.awaitLogged(taken, WAITING, "CANCELLED").get("note"))
                    .isEqualTo("taken by ana");
            assertThat(acme.awaitLogged(left, WAITING, "CANCELLED").get("note")).isEqualTo("the chat ended");
            acme.awaitLogged(expired, WAITING, "CANCELLED");

            clock.advance(Duration.ofMinutes(10));
            ConversationId sentinel = acme.queuedRequest("Sentinel", "hi");
            clock.advance(Duration.ofMinutes(5));
            awaitMails(sentinel, WAITING, 1);

            for (ConversationId id : List.of(taken, left, expired)) {
                assertThat(mails(id, WAITING))
                        .as("still-waiting mails about " + id)
                        .isEmpty();
            }
        }
    }

    @Test
    void theEscalationGoesToTheSupervisorsAfterTheSecondThreshold() {
        try (NotificationFixture acme = new NotificationFixture("waiting-escalate", clock)) {
            acme.settings("""
                    {"mailAgents":true,"waitingAfterMinutes":5,"escalateAfterMinutes":15,"batchMinutes":3,
                     "idleMinutes":5}""");
            acme.agentOpensConsole(acme.agentToken("ana", null));
            acme.agentOpensConsole(acme.agentToken("carol", null, "agent", "supervisor"));
            ConversationId id = acme.queuedRequest("Escalated", "hello?");
            awaitMails(id, "NEW_REQUEST", 2);

            clock.advance(Duration.ofMinutes(5));
            assertThat(awaitMails(id, WAITING, 2))
                    .extracting(MailContent::to)
                    .containsExactlyInAnyOrder(acme.email("ana"), acme.email("carol"));
            clock.advance(Duration.ofMinutes(10));

            List<MailContent> escalation = awaitMails(id, "ESCALATION", 1);
            assertThat(escalation).extracting(MailContent::to).containsExactly(acme.email("carol"));
            assertThat(escalation.get(0).subject()).isEqualTo("Escalation: Escalated has waited 15 min for an agent");
        }
    }
}
