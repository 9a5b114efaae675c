package dev.handoff.agent.adapter.in.websocket;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.TestTokens;
import io.restassured.RestAssured;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** Console tabs in tests: a fresh single-use ticket for a token, then the socket. */
final class AgentSockets {
    private AgentSockets() {}

    /** Connects with a fresh ticket for the token; returns once the welcome frame arrived. */
    static JsonSocketClient connect(URI endpoint, String token) {
        return connect(endpoint, token, "");
    }

    /** A console tab of {@code agent} in {@code tenant} (role {@code agent} only) on the service under test. */
    static JsonSocketClient agentTab(String agent, String tenant) {
        return connect(endpoint(), TestTokens.agent(agent, tenant, "agent"));
    }

    /** The console socket of the service under test: where RestAssured (set up by Quarkus) points, on /ws/agent. */
    static URI endpoint() {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/ws/agent");
    }

    static JsonSocketClient connect(URI endpoint, String token, String extraQuery) {
        JsonSocketClient client = open(endpoint, "ticket=" + ticket(token) + extraQuery);
        client.await("welcome");
        return client;
    }

    /** Opens a socket with the raw query, without waiting for anything. */
    static JsonSocketClient open(URI endpoint, String query) {
        return JsonSocketClient.open(endpoint, query);
    }

    /** A single-use ticket for the token, from the service under test. */
    static String ticket(String token) {
        return given().auth()
                .oauth2(token)
                .post("/api/v1/agent/session-tickets")
                .then()
                .statusCode(200)
                .extract()
                .path("ticket");
    }

    /** A single-use ticket for the token, from the replica at {@code baseUri}. */
    static String ticket(String baseUri, String token) {
        return given().baseUri(baseUri)
                .auth()
                .oauth2(token)
                .post("/api/v1/agent/session-tickets")
                .then()
                .statusCode(200)
                .extract()
                .path("ticket");
    }

    /** A name no other test uses: tests share the database and the broker. */
    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Frames of this type about this conversation. */
    static Predicate<JsonNode> frame(String type, ConversationId id) {
        return f -> f.path("type").asText().equals(type)
                && f.path("conversationId").asText().equals(id.value());
    }

    /** The next numbered frame, past any unnumbered hint (supervisors' sockets get {@code supervision.changed}). */
    static JsonNode nextNumbered(JsonSocketClient tab) {
        JsonNode frame;
        do {
            frame = tab.next();
        } while (!frame.has("seq"));
        return frame;
    }

    /** The frames up to and including the first that matches {@code last}. */
    static List<JsonNode> until(JsonSocketClient tab, Predicate<JsonNode> last) {
        List<JsonNode> seen = new ArrayList<>();
        JsonNode frame;
        do {
            frame = tab.next();
            seen.add(frame);
        } while (!last.test(frame));
        return seen;
    }
}
