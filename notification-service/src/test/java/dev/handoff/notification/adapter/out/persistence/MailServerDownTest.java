package dev.handoff.notification.adapter.out.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.notification.NotificationFixture;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.testinfra.MutableClock;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With the mail server unreachable no mail is lost: it is logged as failed with its next attempt, retried when the
 * clock reaches it, abandoned after the last attempt, and supervisors find it among the failed and abandoned mails.
 */
@QuarkusTest
@WithTestInfrastructure
@TestProfile(MailServerDownTest.UnreachableMailServer.class)
class MailServerDownTest {
    @Inject
    MutableClock clock;

    @Test
    void aFailedMailIsRetriedThenAbandonedAndListedForSupervisors() {
        try (NotificationFixture acme = new NotificationFixture("mail-down", clock)) {
            acme.recipients("down@example.com");
            ConversationId id = acme.queuedRequest("Unlucky", "hello");

            Map<String, Object> failed = await().atMost(Duration.ofSeconds(60))
                    .until(() -> mail(acme, id), m -> m != null && "FAILED".equals(m.get("status")));
            assertThat(failed.get("attempts")).isEqualTo(1);
            assertThat((String) failed.get("lastError")).isNotBlank();
            assertThat(Instant.parse((String) failed.get("nextAttemptAt")))
                    .isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
            assertThat(failedOrAbandoned(acme).getList("conversationId")).contains(id.value());

            clock.advance(Duration.ofMinutes(1));
            Map<String, Object> abandoned = await().atMost(Duration.ofSeconds(60))
                    .until(() -> mail(acme, id), m -> m != null && "ABANDONED".equals(m.get("status")));
            assertThat(abandoned.get("attempts")).isEqualTo(2);
            assertThat(abandoned.get("nextAttemptAt")).isNull();
            assertThat(failedOrAbandoned(acme)
                            .getList("find { it.conversationId == '" + id.value() + "' }.mails.status"))
                    .containsExactly("ABANDONED");
        }
    }

    private static Map<String, Object> mail(NotificationFixture acme, ConversationId id) {
        Map<String, Object> entry = acme.entry(id, "NEW_REQUEST");
        if (entry == null || ((List<?>) entry.get("mails")).isEmpty()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> mail = (Map<String, Object>) ((List<?>) entry.get("mails")).get(0);
        return mail;
    }

    private static JsonPath failedOrAbandoned(NotificationFixture acme) {
        return given().auth()
                .oauth2(acme.supervisorToken())
                .queryParam("mailStatus", "FAILED,ABANDONED")
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Points the mailer at a port nobody listens on; two attempts in all. */
    public static class UnreachableMailServer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.mailer.port",
                    Integer.toString(closedPort()),
                    "handoff.notification.mail-timeout",
                    "10s",
                    "handoff.notification.retry.max-attempts",
                    "2");
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
