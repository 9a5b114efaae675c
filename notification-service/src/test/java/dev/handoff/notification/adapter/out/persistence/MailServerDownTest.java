package dev.handoff.notification.adapter.out.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.notification.application.port.out.NotificationLogPort;
import dev.handoff.notification.domain.model.Notification;
import dev.handoff.notification.domain.model.NotificationKind;
import dev.handoff.notification.domain.model.NotificationStatus;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.KafkaTestClient;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With the mail server unreachable, a notification is not lost: it is logged as failed, with its next try. */
@QuarkusTest
@WithTestInfrastructure
@TestProfile(MailServerDownTest.UnreachableMailServer.class)
class MailServerDownTest {
    private static final TenantId TENANT = TenantId.of("notify-down");

    @Inject
    NotificationLogPort log;

    @Test
    void aFailedMailIsLoggedAsFailedWithItsNextAttempt() {
        given().auth().oauth2(TestTokens.agent("sam", TENANT.value(), "supervisor")).contentType(ContentType.JSON)
                .body(Map.of("emails", List.of("down-agent@example.com"))).put("/api/v1/notifications/recipients")
                .then().statusCode(200);
        HandoffRequested event = new HandoffRequested(UUID.randomUUID(), Instant.now(), TENANT, ConversationId.random(),
                BotId.of("bot"), VisitorInfo.anonymous(), List.of(), null, null, 0, null);
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.send(Topics.HANDOFF_REQUESTS, event.key(), new EventJson().write(event));
        }

        Notification failed = await().atMost(Duration.ofSeconds(60)).until(() -> find(event.conversationId()),
                        n -> n.isPresent() && n.get().status() != NotificationStatus.PENDING)
                .orElseThrow();

        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.nextAttemptAt()).isAfter(Instant.now());
    }

    private Optional<Notification> find(ConversationId conversation) {
        return QuarkusTransaction.requiringNew().call(() -> log.find(TENANT, conversation, NotificationKind.NEW_REQUEST));
    }

    /** Points the mailer at a port nobody listens on. */
    public static class UnreachableMailServer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.port", Integer.toString(closedPort()),
                    "handoff.notification.mail-timeout", "10s");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
