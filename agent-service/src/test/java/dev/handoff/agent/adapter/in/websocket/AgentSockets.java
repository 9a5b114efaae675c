package dev.handoff.agent.adapter.in.websocket;

import static io.restassured.RestAssured.given;

import dev.handoff.testinfra.JsonSocketClient;
import java.net.URI;

/** Console tabs in tests: a fresh single-use ticket for a token, then the socket. */
final class AgentSockets {
    private AgentSockets() {
    }

    /** Connects with a fresh ticket for the token; returns once the welcome frame arrived. */
    static JsonSocketClient connect(URI endpoint, String token) {
        return connect(endpoint, token, "");
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

    static String ticket(String token) {
        return given().auth().oauth2(token).post("/api/v1/agent/session-tickets")
                .then().statusCode(200).extract().path("ticket");
    }
}
