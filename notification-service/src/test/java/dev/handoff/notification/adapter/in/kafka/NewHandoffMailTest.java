package dev.handoff.notification.adapter.in.kafka;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.handoff.notification.MailContent;
import dev.handoff.shared.GoldenEvents;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.InfrastructureTestResource;
import dev.handoff.testinfra.KafkaTestClient;
import dev.handoff.testinfra.TestMailbox;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** HandoffRequested on the real Kafka in, mail on the real SMTP server out. */
@QuarkusTest
@WithTestInfrastructure
class NewHandoffMailTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final KafkaTestClient KAFKA = new KafkaTestClient();
    private static final EventJson EVENT_JSON = new EventJson();
    private final TestMailbox mailbox = InfrastructureTestResource.mailbox();

    @AfterAll
    static void closeKafka() {
        KAFKA.close();
    }

    private static void recipients(String tenant, String... emails) {
        given().auth().oauth2(TestTokens.agent("sam", tenant, "supervisor")).contentType(ContentType.JSON)
                .body(Map.of("emails", List.of(emails))).put("/api/v1/notifications/recipients")
                .then().statusCode(200);
    }

    private static HandoffRequested request(String tenant, String visitorName, String lastMessage) {
        return new HandoffRequested(UUID.randomUUID(), Instant.now(), TenantId.of(tenant), ConversationId.random(),
                BotId.of("sales-bot"), new VisitorInfo(visitorName, null, null, Map.of()),
                List.of(new HistoryEntry(Sender.VISITOR, lastMessage, null)), "en", null, 0, null);
    }

    private static void send(String key, HandoffRequested event) {
        KAFKA.send(Topics.HANDOFF_REQUESTS, key, EVENT_JSON.write(event));
    }

    private List<MailContent> mailsAbout(String recipient, ConversationId conversation, int atLeast) {
        return mailbox.awaitMessages(m -> MailContent.sentTo(m, recipient)
                        && MailContent.of(m).text().contains(conversation.value()), atLeast, WAIT)
                .stream().map(MailContent::of).toList();
    }

    private List<MailContent> receivedNow(String recipient, ConversationId conversation) {
        return mailbox.messages().stream().filter(m -> MailContent.sentTo(m, recipient)).map(MailContent::of)
                .filter(mail -> mail.text().contains(conversation.value())).toList();
    }

    @Test
    void theGoldenRequestIsMailedWithVisitorBotPreviewAndConsoleLink() {
        HandoffRequested golden = GoldenEvents.event(HandoffRequested.class);
        recipients(golden.tenantId().value(), "golden-agent@example.com");

        KAFKA.send(Topics.HANDOFF_REQUESTS, golden.key(), GoldenEvents.json(HandoffRequested.class));

        MailContent mail = mailsAbout("golden-agent@example.com", golden.conversationId(), 1).get(0);
        assertThat(mail.subject()).isEqualTo("New live chat request");
        for (String body : List.of(mail.html(), mail.text())) {
            assertThat(body).contains("Thandi Mokoena", "support-bot", "I was charged twice for March",
                    "http://localhost:8080/console/");
        }
        assertThat(mail.html()).contains("<a href=\"http://localhost:8080/console/\"");
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("handoff_notification_mails_total{outcome=\"sent\""));
    }

    @Test
    void aRedeliveredRequestIsMailedOnce() {
        recipients("notify-dedupe", "dedupe-agent@example.com");
        HandoffRequested first = request("notify-dedupe", "Lindiwe", "my order is late");
        HandoffRequested later = request("notify-dedupe", "Pieter", "hello?");

        send(first.key(), first);
        send(first.key(), first);
        // Same key, so the same partition: once the later request is mailed, both copies before it were handled.
        send(first.key(), later);

        mailsAbout("dedupe-agent@example.com", later.conversationId(), 1);
        assertThat(receivedNow("dedupe-agent@example.com", first.conversationId())).hasSize(1);
    }

    @Test
    void visitorTextIsEscapedInTheHtmlMail() {
        recipients("notify-escape", "escape-agent@example.com");
        HandoffRequested hostile = request("notify-escape", "<script>alert('x')</script>", "<img src=x onerror=alert(1)>");

        send(hostile.key(), hostile);

        MailContent mail = mailsAbout("escape-agent@example.com", hostile.conversationId(), 1).get(0);
        assertThat(mail.html()).doesNotContain("<script>", "<img")
                .contains("&lt;script&gt;alert(", "&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
        // The plain text part is not HTML: there the text stays as the visitor wrote it.
        assertThat(mail.text()).contains("<script>alert('x')</script>");
    }

    @Test
    void everyRecipientOfTheTenantIsMailed() {
        recipients("notify-team", "team-a@example.com", "team-b@example.com");
        HandoffRequested event = request("notify-team", "Kim", "need help");

        send(event.key(), event);

        // One mail addressed to the whole list (the SMTP server keeps a copy per mailbox).
        assertThat(mailsAbout("team-b@example.com", event.conversationId(), 1).get(0).to())
                .contains("team-a@example.com", "team-b@example.com");
    }
}
