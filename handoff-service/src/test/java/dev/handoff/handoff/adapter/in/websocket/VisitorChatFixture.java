package dev.handoff.handoff.adapter.in.websocket;

import static io.restassured.RestAssured.given;

import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.json.EventJson;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.UUID;

/** Bots, handoffs and the agent side (played on Kafka as routing and agent-service publish it) for visitor tests. */
final class VisitorChatFixture implements AutoCloseable {
    static final String TENANT = "demo";
    private static final EventJson JSON = new EventJson();

    final KafkaTopics kafka = new KafkaTopics();

    /** A bot open around the clock, with an end message and button and the given extra settings JSON. */
    String newBot(String extraSettings) {
        String botId = "bot-" + UUID.randomUUID();
        given().auth()
                .oauth2(TestTokens.agent("carol", TENANT, "agent", "supervisor"))
                .contentType(ContentType.JSON)
                .body("{\"enabled\":true,\"endMessage\":\"Thanks, bye!\",\"endButtonLabel\":\"Back to bot\""
                        + (extraSettings.isEmpty() ? "" : "," + extraSettings) + "}")
                .put("/api/v1/bots/{botId}/settings", botId)
                .then()
                .statusCode(200);
        return botId;
    }

    /** Hands a conversation off as the bot; the answer's JSON. */
    JsonPath handoff(String botId) {
        return given().auth()
                .oauth2(TestTokens.bot("demo-bot", TENANT, botId))
                .contentType(ContentType.JSON)
                .body("{\"visitor\":{\"name\":\"Thandi\",\"locale\":\"en\"},\"botHistory\":[{\"sender\":\"user\","
                        + "\"message\":\"A human please\"}],\"language\":\"en\"}")
                .post("/api/v1/bots/{botId}/handoffs", botId)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    /** Publishes an event where its producer would. */
    void publish(IntegrationEvent event) {
        kafka.publish(event);
    }

    <T extends IntegrationEvent> T read(String json, Class<T> type) {
        return JSON.read(json, type);
    }

    @Override
    public void close() {
        kafka.close();
    }
}
