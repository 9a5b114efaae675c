package dev.handoff.notification.adapter.in.kafka;

import static dev.handoff.notification.NotificationFixture.awaitMails;
import static dev.handoff.notification.NotificationFixture.mails;
import static dev.handoff.notification.NotificationFixture.mailsTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.handoff.notification.MailContent;
import dev.handoff.notification.NotificationFixture;
import dev.handoff.shared.GoldenEvents;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.MutableClock;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A handoff request on the real Kafka in, one mail per person on the real SMTP server out. */
@QuarkusTest
@WithTestInfrastructure
class NewRequestMailTest {
    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    private static final String NEW = "NEW_REQUEST";

    @Inject
    MutableClock clock;

    @Test
    void theGoldenRequestIsMailedWithVisitorBotPreviewWaitEstimateAndALinkToIt() {
        HandoffRequested golden = GoldenEvents.event(HandoffRequested.class);
        Queued queued = GoldenEvents.event(Queued.class);
        given().auth()
                .oauth2(TestTokens.agent("sam", golden.tenantId().value(), "supervisor"))
                .contentType(ContentType.JSON)
                .body(Map.of("emails", List.of("golden-supervisor@example.com")))
                .put("/api/v1/notifications/recipients")
                .then()
                .statusCode(200);

        kafka.send(Topics.CONVERSATION_LIFECYCLE, queued.key(), GoldenEvents.json(Queued.class));
        kafka.send(Topics.HANDOFF_REQUESTS, golden.key(), GoldenEvents.json(HandoffRequested.class));

        MailContent mail = awaitMails(golden.conversationId(), NEW, 1).get(0);
        assertThat(mail.to()).isEqualTo("golden-supervisor@example.com");
        assertThat(mail.subject()).isEqualTo("New live chat request: Thandi Mokoena");
        String link = "http://localhost:8080/console/#pending/"
                + golden.conversationId().value();
        for (String body : List.of(mail.html(), mail.text())) {
            assertThat(body)
                    .contains(
                            "Thandi Mokoena",
                            "thandi@example.com",
                            "en-ZA",
                            "plan",
                            "premium",
                            "Acme Support",
                            "I was charged twice for March",
                            "Let me connect you with our billing team.",
                            "about 3 min (place 3 in the queue)",
                            link,
                            golden.conversationId().value());
            // the bot is named by its display name, not its id
            assertThat(body).doesNotContain("support-bot");
        }
        assertThat(mail.html()).contains("<a href=\"" + link + "\"");
        assertThat(mail.messageId()).endsWith("@handoff.local>");
        // It was requested long before this test's clock: it has waited past the threshold, so that mail goes too.
        assertThat(awaitMails(golden.conversationId(), "STILL_WAITING", 1)
                        .get(0)
                        .subject())
                .startsWith("Still waiting for an agent: Thandi Mokoena");
    }

    @Test
    void aRequestRepeatedOrRedeliveredIsMailedOncePerPerson() {
        try (NotificationFixture acme = new NotificationFixture("new-dedupe", clock)) {
            acme.recipients("dedupe@example.com", "second@example.com");
            ConversationId id = acme.queuedRequest("Lindiwe", "my order is late");
            HandoffRequested copy = new HandoffRequested(
                    UUID.randomUUID(),
                    clock.instant(),
                    acme.tenant,
                    id,
                    BotId.of("sales-bot"),
                    null,
                    null,
                    null,
                    null,
                    0,
                    null);
            acme.send(copy);
            acme.send(copy);
            // Same key, so the same partition: once the later request is mailed, every copy before it was handled.
            ConversationId later = acme.queuedRequest("Pieter", "hello?");

            awaitMails(later, NEW, 2);
            assertThat(awaitMails(id, NEW, 2))
                    .extracting(MailContent::to)
                    .containsExactlyInAnyOrder("dedupe@example.com", "second@example.com");
            assertThat(acme.log(id).getList("findAll { it.kind == 'NEW_REQUEST' }"))
                    .hasSize(1);
            assertThat(mails(id, NEW).get(0).text()).contains("Lindiwe", "my order is late");
        }
    }

    @Test
    void visitorTextIsEscapedInTheHtmlMail() {
        try (NotificationFixture acme = new NotificationFixture("new-escape", clock)) {
            acme.recipients("escape@example.com");
            ConversationId id = acme.queuedRequest("<script>alert('x')</script>", "<img src=x onerror=alert(1)>");

            MailContent mail = awaitMails(id, NEW, 1).get(0);

            assertThat(mail.html())
                    .doesNotContain("<script>", "<img")
                    .contains("&lt;script&gt;alert(", "&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
            // The plain text part is not HTML: there the text stays as the visitor wrote it.
            assertThat(mail.text()).contains("<script>alert('x')</script>");
        }
    }

    @Test
    void theAgentsWhoMayTakeItAreMailedInTheirLanguageAndOthersAndThoseWhoOptedOutAreNot() {
        try (NotificationFixture acme = new NotificationFixture("new-agents", clock)) {
            acme.recipients("desk@example.com");
            acme.agentOpensConsole(TestTokens.agentWith(
                    "ana",
                    acme.tenant.value(),
                    Map.of("email", acme.email("ana"), "locale", "de", "teams", List.of("billing")),
                    "agent"));
            acme.agentOpensConsole(TestTokens.agentWith(
                    "bob",
                    acme.tenant.value(),
                    Map.of("email", acme.email("bob"), "teams", List.of("sales")),
                    "agent"));
            acme.agentOpensConsole(acme.agentToken("carol", null, "agent", "supervisor"));
            String dan = acme.agentToken("dan", null);
            acme.agentOpensConsole(dan);
            given().auth()
                    .oauth2(dan)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "emailNewRequest",
                            false,
                            "emailStillWaiting",
                            true,
                            "emailVisitorMessage",
                            true,
                            "desktopNewRequest",
                            true,
                            "desktopVisitorMessage",
                            true,
                            "sound",
                            true))
                    .put("/api/v1/notifications/preferences")
                    .then()
                    .statusCode(200);

            ConversationId id = acme.request("Kim", "my invoice", "sales-bot", "billing", clock.instant());
            acme.queued(id, 1, 30);

            List<MailContent> sent = awaitMails(id, NEW, 3);
            // ana serves billing, carol supervises every team; bob serves sales only, dan turned these mails off
            assertThat(sent)
                    .extracting(MailContent::to)
                    .containsExactlyInAnyOrder("desk@example.com", acme.email("ana"), acme.email("carol"));
            MailContent german = mailsTo(id, NEW, acme.email("ana")).get(0);
            assertThat(german.subject()).isEqualTo("Neue Live-Chat-Anfrage: Kim");
            assertThat(german.text())
                    .contains(
                            "Ein Besucher möchte mit einer Person sprechen.",
                            "Anfrage in der Konsole öffnen",
                            "my invoice");
            assertThat(mailsTo(id, NEW, "desk@example.com").get(0).text()).contains("A visitor asked to talk");
        }
    }

    @Test
    void aRequestTakenBeforeItsMailIsDueIsNotMailed() {
        try (NotificationFixture acme = new NotificationFixture("new-taken", clock)) {
            acme.recipients("taken@example.com");
            // Not queued yet, so its mail waits for routing's place in line (30 s); an agent takes it first.
            ConversationId taken = acme.request("Ayanda", "quick question");
            acme.awaitLogged(taken, NEW, "SCHEDULED");
            acme.assigned(taken, "ana");
            Map<String, Object> cancelled = acme.awaitLogged(taken, NEW, "CANCELLED");
            assertThat(cancelled.get("note")).isEqualTo("taken by ana");

            clock.advance(Duration.ofMinutes(1));
            ConversationId sentinel = acme.queuedRequest("Sentinel", "after the other");
            awaitMails(sentinel, NEW, 1);

            assertThat(mails(taken, NEW)).isEmpty();
            assertThat(acme.entry(taken, "STILL_WAITING").get("status")).isEqualTo("CANCELLED");
        }
    }

    @Test
    void aRequestRoutingNeverQueuedIsMailedAfterTheGraceWithoutAnEstimate() {
        try (NotificationFixture acme = new NotificationFixture("new-unqueued", clock)) {
            acme.recipients("grace@example.com");
            ConversationId id = acme.request("Nomsa", "anyone?");
            acme.awaitLogged(id, NEW, "SCHEDULED");

            clock.advance(Duration.ofSeconds(31));

            MailContent mail = awaitMails(id, NEW, 1).get(0);
            assertThat(mail.text()).contains("Nomsa", "anyone?").doesNotContain("Estimated wait");
        }
    }

    @Test
    void mailsAreCountedByKindAndOutcomeWithTheirDelayAndThePendingTimers() {
        try (NotificationFixture acme = new NotificationFixture("new-metrics", clock)) {
            acme.recipients("metrics@example.com");
            awaitMails(acme.queuedRequest("Metric", "count me"), NEW, 1);
        }
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("handoff_notification_mails_total{kind=\"new_request\",outcome=\"sent\"}"))
                .body(containsString("handoff_notification_mails_total{kind=\"visitor_message\",outcome=\"failed\"}"))
                .body(containsString("handoff_notification_send_delay_seconds_count{kind=\"new_request\"}"))
                .body(containsString("handoff_notification_timers_pending{kind=\"still_waiting\"}"))
                .body(containsString("handoff_notification_mails_pending"));
    }
}
