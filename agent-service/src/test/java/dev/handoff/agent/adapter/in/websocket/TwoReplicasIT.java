package dev.handoff.agent.adapter.in.websocket;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.agent.adapter.in.rest.LiveChatFixture;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.testinfra.InfrastructureTestResource;
import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.ServiceProcess;
import dev.handoff.testinfra.TestTokens;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two real replicas of the packaged service (two JVMs from {@code target/quarkus-app}, run by failsafe after the
 * package phase) on one Kafka and one PostgreSQL: a frame caused by a request that replica B handles reaches a
 * socket held by replica A (decision 0006: the per-agent log in PostgreSQL, announced by NOTIFY to every
 * replica), and a console that lost its socket on A resumes on B with exactly the frames it missed, then gets
 * live frames of requests handled by A. Only the actions' entry points are chosen here; everything between them
 * and the sockets is the production path across process boundaries. The repair sweep is switched off, so a live
 * frame that arrives at all came through NOTIFY.
 */
class TwoReplicasIT {
    private static final Duration READY = Duration.ofSeconds(90);
    private static OidcWiremockTestResource oidc;

    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    private static ServiceProcess a;
    private static ServiceProcess b;

    @BeforeAll
    static void startReplicas() throws IOException {
        // The OIDC mock starts while Kafka and PostgreSQL do: the run is meant to stay well under a minute.
        oidc = new OidcWiremockTestResource();
        CompletableFuture<String> keycloak =
                CompletableFuture.supplyAsync(() -> oidc.start().get("keycloak.url"));
        Map<String, String> infra = InfrastructureTestResource.config();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", infra.get("kafka.bootstrap.servers"));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", infra.get("quarkus.datasource.jdbc.url"));
        env.put("QUARKUS_DATASOURCE_USERNAME", infra.get("quarkus.datasource.username"));
        env.put("QUARKUS_DATASOURCE_PASSWORD", infra.get("quarkus.datasource.password"));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.join() + "/realms/quarkus/");
        env.put("QUARKUS_OIDC_CLIENT_ID", "quarkus-service-app");
        // No repair sweep within the test: a live frame can then only have come through NOTIFY.
        env.put("AGENT_NOTICES_SWEEP_INTERVAL", "1h");
        Path jar = Path.of(System.getProperty("replica.jar", "target/quarkus-app/quarkus-run.jar"));
        Path logs = Path.of(System.getProperty("replica.logDir", "target/replica-logs"));
        a = ServiceProcess.start("replica-a", jar, env, logs);
        b = ServiceProcess.start("replica-b", jar, env, logs);
        a.awaitReady(READY);
        b.awaitReady(READY);
    }

    @AfterAll
    static void stopReplicas() {
        for (ServiceProcess replica : new ServiceProcess[] {a, b}) {
            if (replica != null) {
                replica.stopAsync();
            }
        }
        for (AutoCloseable resource : new AutoCloseable[] {a, b, kafka}) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException("could not stop " + resource, e);
            }
        }
        if (oidc != null) {
            oidc.stop();
        }
    }

    private static String ticketFrom(ServiceProcess replica, String token) {
        return given().baseUri(replica.baseUri())
                .auth()
                .oauth2(token)
                .post("/api/v1/agent/session-tickets")
                .then()
                .statusCode(200)
                .extract()
                .path("ticket");
    }

    /** A console socket on {@code on}, with a ticket issued by {@code ticketBy}; returns once welcomed. */
    private static JsonSocketClient console(ServiceProcess on, ServiceProcess ticketBy, String token, String extra) {
        JsonSocketClient socket = AgentSockets.open(
                URI.create(on.baseUri() + "/ws/agent"), "ticket=" + ticketFrom(ticketBy, token) + extra);
        socket.await(f -> f.path("type").asText().equals("welcome"));
        return socket;
    }

    /**
     * A fresh consumer group takes a while to get its partitions: wait until a request sent now is listed, so that
     * the frames below are timed against a running service rather than a starting one.
     */
    private static void awaitConsumersRunning() {
        LiveChatFixture warmUp = LiveChatFixture.newTenant(kafka);
        ConversationId id = warmUp.pending("warm-up");
        String token = TestTokens.agent("warm", warmUp.tenant.value(), "agent");
        Awaitility.await("consumers running")
                .atMost(READY)
                .untilAsserted(() -> given().baseUri(a.baseUri().toString())
                        .auth()
                        .oauth2(token)
                        .get("/api/v1/agent/handoffs/pending")
                        .then()
                        .statusCode(200)
                        .body("conversationId", hasItem(id.value())));
    }

    private static void send(ServiceProcess via, String token, ConversationId id, String clientMessageId) {
        given().baseUri(via.baseUri().toString())
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"clientMessageId\":\"" + clientMessageId + "\",\"text\":\"from " + clientMessageId + "\"}")
                .post("/api/v1/agent/chats/{id}/messages", id.value())
                .then()
                .statusCode(201);
    }

    private static Predicate<JsonNode> message(String clientMessageId) {
        return f -> f.path("type").asText().equals("message")
                && f.path("clientMessageId").asText().equals(clientMessageId);
    }

    @Test
    void aFrameCausedOnReplicaBReachesASocketOnReplicaAAndAResumeOnBMissesNothing() {
        awaitConsumersRunning();
        LiveChatFixture acme = LiveChatFixture.newTenant(kafka);
        String ana = LiveChatFixture.unique("ana");
        String token = TestTokens.agent(ana, acme.tenant.value(), "agent");
        ConversationId id;
        long seen;
        try (JsonSocketClient onA = console(a, b, token, "")) {
            id = acme.assigned("replicas", ana);
            onA.await(f -> f.path("type").asText().equals("assigned")
                    && f.path("conversationId").asText().equals(id.value()));

            // Handled by B, shown by A: B's transaction writes the frame, PostgreSQL wakes A.
            send(b, token, id, "b-1");
            seen = onA.await(message("b-1")).path("seq").asLong();
        }

        // Away from every socket, Ana's requests on both replicas keep adding frames to her log.
        send(a, token, id, "a-2");
        send(b, token, id, "b-3");

        try (JsonSocketClient onB = console(b, a, token, "&afterSeq=" + seen)) {
            List<JsonNode> missed = List.of(onB.next(), onB.next());
            assertThat(missed)
                    .extracting(f -> f.path("clientMessageId").asText())
                    .containsExactly("a-2", "b-3");
            assertThat(missed).extracting(f -> f.path("seq").asLong()).containsExactly(seen + 1, seen + 2);

            // And live again: handled by A, shown by B, right after the replayed ones.
            send(a, token, id, "a-4");
            JsonNode live = onB.next();
            assertThat(live.path("clientMessageId").asText()).isEqualTo("a-4");
            assertThat(live.path("seq").asLong()).isEqualTo(seen + 3);
            assertThat(onB.drain()).isEmpty();
        }
    }
}
