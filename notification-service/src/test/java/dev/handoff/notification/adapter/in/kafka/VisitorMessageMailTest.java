package dev.handoff.notification.adapter.in.kafka;

import static dev.handoff.notification.NotificationFixture.awaitMails;
import static dev.handoff.notification.NotificationFixture.mails;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.notification.MailContent;
import dev.handoff.notification.NotificationFixture;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.testinfra.MutableClock;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "The visitor wrote" goes to the agent holding the chat when they are not at the console (offline, or away: chosen
 * or set by the console after the idle time), one mail per batch window however many messages; driven by the clock.
 */
@QuarkusTest
@WithTestInfrastructure
class VisitorMessageMailTest {
    private static final String KIND = "VISITOR_MESSAGE";
    private static final Duration WINDOW = Duration.ofMinutes(3);
    private static final String MESSAGES_GROUP = "notification-service-messages";

    @Inject
    MutableClock clock;

    /** Waits until the open batch of the conversation has collected {@code count} messages. */
    static void awaitBatchOf(NotificationFixture acme, ConversationId id, int count) {
        await().atMost(NotificationFixture.WAIT).until(() -> {
            Map<String, Object> batch = acme.entry(id, KIND);
            return batch != null && "SCHEDULED".equals(batch.get("status")) && (int) batch.get("messages") == count;
        });
    }

    @Test
    void aBurstMakesOneMailQuotingEveryMessageAndTheNextMessageTheNextMail() {
        try (NotificationFixture acme = new NotificationFixture("visitor-burst", clock)) {
            ConversationId id = acme.chatOfAlice(PresenceStatus.OFFLINE);
            acme.visitorWrites(id, "Hello?");
            acme.visitorWrites(id, "Is anyone <there>?");
            acme.visitorWrites(id, "My order number is 4711");
            awaitBatchOf(acme, id, 3);

            clock.advance(WINDOW.minusSeconds(1));
            assertThat(acme.entry(id, KIND).get("status")).isEqualTo("SCHEDULED");
            clock.advance(Duration.ofSeconds(1));

            MailContent mail = awaitMails(id, KIND, 1).get(0);
            assertThat(mail.to()).isEqualTo(acme.email("alice"));
            assertThat(mail.subject()).isEqualTo("Thabo wrote in your chat");
            assertThat(mail.text())
                    .contains(
                            "> Hello?",
                            "> Is anyone <there>?",
                            "> My order number is 4711",
                            "http://localhost:8080/console/#chats/" + id.value());
            assertThat(mail.html()).contains("Is anyone &lt;there&gt;?").doesNotContain("<there>");

            acme.visitorWrites(id, "Still waiting for an answer");
            awaitBatchOf(acme, id, 1);
            clock.advance(WINDOW);
            MailContent second = awaitMails(id, KIND, 2).stream()
                    .filter(m -> m.text().contains("Still waiting for an answer"))
                    .findFirst()
                    .orElseThrow();
            assertThat(second.text()).doesNotContain("Hello?");
            assertThat(mails(id, KIND)).hasSize(2);
        }
    }

    @Test
    void anAgentAtTheConsoleGetsNoMailAnAwayAgentDoes() {
        try (NotificationFixture acme = new NotificationFixture("visitor-present", clock)) {
            ConversationId id = acme.chatOfAlice(PresenceStatus.ONLINE);
            NotificationFixture.awaitHandled(acme.visitorWrites(id, "seen in the console"), MESSAGES_GROUP);
            // Away (chosen, or set by her idle console): the next message starts a batch; the first one never did.
            acme.presence("alice", PresenceStatus.AWAY);
            acme.awaitPresence("alice", PresenceStatus.AWAY);
            acme.visitorWrites(id, "written while she is away");
            awaitBatchOf(acme, id, 1);

            clock.advance(WINDOW);

            MailContent mail = awaitMails(id, KIND, 1).get(0);
            assertThat(mail.text()).contains("written while she is away").doesNotContain("seen in the console");
        }
    }

    @Test
    void anAgentWhoAnswersOrComesBackBeforeTheMailIsDueGetsNone() {
        try (NotificationFixture acme = new NotificationFixture("visitor-answered", clock)) {
            ConversationId answered = acme.chatOfAlice(PresenceStatus.OFFLINE);
            acme.visitorWrites(answered, "hi?");
            awaitBatchOf(acme, answered, 1);
            acme.agentWrites(answered, "alice", "Hi, I am here");
            assertThat(acme.awaitLogged(answered, KIND, "CANCELLED").get("note"))
                    .isEqualTo("the agent answered");

            ConversationId back = acme.assignedToAlice(acme.queuedRequest("Back", "hello"));
            acme.visitorWrites(back, "anyone?");
            awaitBatchOf(acme, back, 1);
            acme.presence("alice", PresenceStatus.ONLINE);
            acme.awaitPresence("alice", PresenceStatus.ONLINE);
            clock.advance(WINDOW);

            assertThat(acme.awaitLogged(back, KIND, "CANCELLED").get("note")).isEqualTo("the agent is at the console");
            assertThat(mails(answered, KIND)).isEmpty();
            assertThat(mails(back, KIND)).isEmpty();
        }
    }

    @Test
    void anAgentWhoTurnedTheseMailsOffGetsNone() {
        try (NotificationFixture acme = new NotificationFixture("visitor-optout", clock)) {
            ConversationId id = acme.chatOfAlice(PresenceStatus.OFFLINE);
            given().auth()
                    .oauth2(acme.agentToken("alice", null))
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "emailNewRequest",
                            true,
                            "emailStillWaiting",
                            true,
                            "emailVisitorMessage",
                            false,
                            "desktopNewRequest",
                            true,
                            "desktopVisitorMessage",
                            true,
                            "sound",
                            true))
                    .put("/api/v1/notifications/preferences")
                    .then()
                    .statusCode(200);
            acme.visitorWrites(id, "hello?");
            awaitBatchOf(acme, id, 1);

            clock.advance(WINDOW);

            acme.awaitLogged(id, KIND, "NO_RECIPIENTS");
            assertThat(mails(id, KIND)).isEmpty();
        }
    }
}
