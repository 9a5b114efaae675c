package dev.handoff.handoff.adapter.in.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.Sender;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The demo page's server side, on for tests (%test.handoff.demo.*: tenant demo, bot demo-page-bot). */
@QuarkusTest
@WithTestInfrastructure
class DemoBotApiTest {
    private static final String BOT = "demo-page-bot";

    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    private static void configure(String settingsJson) {
        given().auth()
                .oauth2(TestTokens.agent("carol", "demo", "agent", "supervisor"))
                .contentType(ContentType.JSON)
                .body(settingsJson)
                .put("/api/v1/bots/{botId}/settings", BOT)
                .then()
                .statusCode(200);
    }

    @Test
    void aVisitorOfTheDemoPageIsHandedOffWithoutCredentials() {
        configure("{\"enabled\":true}");
        given().get("/demo/api/bot")
                .then()
                .statusCode(200)
                .body("botId", equalTo(BOT))
                .body("open", equalTo(true))
                .body("reason", equalTo("OPEN"));

        String conversationId = given().contentType(ContentType.JSON)
                .body("""
                {"visitor":{"name":"Thandi","locale":"en-ZA"},
                 "botHistory":[{"sender":"bot","message":"Hi, I am the Acme assistant."},{"sender":"user","message":"Talk to a human"}]}""")
                .post("/demo/api/handoff")
                .then()
                .statusCode(201)
                .body("visitorToken", startsWith("v1."))
                .body("queuePosition", greaterThanOrEqualTo(1))
                .extract()
                .path("conversationId");

        ConsumerRecord<String, String> record = kafka.awaitRecords(
                        Topics.HANDOFF_REQUESTS, r -> conversationId.equals(r.key()), 1, Duration.ofSeconds(30))
                .get(0);
        HandoffRequested event = new EventJson().read(record.value(), HandoffRequested.class);
        assertThat(event.tenantId().value()).isEqualTo("demo");
        assertThat(event.botId().value()).isEqualTo(BOT);
        assertThat(event.visitor().name()).isEqualTo("Thandi");
        assertThat(event.visitor().attributes()).containsEntry("source", "demo page");
        assertThat(event.botHistory()).extracting(h -> h.sender()).containsExactly(Sender.BOT, Sender.VISITOR);
    }

    @Test
    void outsideBusinessHoursThePageGetsTheOfflineMessageAndNextOpening() {
        configure("""
                {"enabled":true,"offlineMessage":"We are closed today.",
                 "businessHours":{"timeZone":"UTC",
                   "weekly":[{"day":"MONDAY","start":"00:00","end":"24:00"},{"day":"TUESDAY","start":"00:00","end":"24:00"},
                             {"day":"WEDNESDAY","start":"00:00","end":"24:00"},{"day":"THURSDAY","start":"00:00","end":"24:00"},
                             {"day":"FRIDAY","start":"00:00","end":"24:00"},{"day":"SATURDAY","start":"00:00","end":"24:00"},
                             {"day":"SUNDAY","start":"00:00","end":"24:00"}],
                   "holidays":[{"date":"%s","name":"Today"}]}}""".formatted(LocalDate.now(ZoneOffset.UTC)));

        given().get("/demo/api/bot")
                .then()
                .statusCode(200)
                .body("open", equalTo(false))
                .body("offlineMessage", equalTo("We are closed today."))
                .body("nextOpening", notNullValue());
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/demo/api/handoff")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:handoff-unavailable"))
                .body("offlineMessage", equalTo("We are closed today."))
                .body("nextOpening", notNullValue());
    }

    @Test
    void whatThePageSendsIsValidated() {
        given().contentType(ContentType.JSON)
                .body("{\"botHistory\":[{\"sender\":\"admin\",\"message\":\"x\"}]}")
                .post("/demo/api/handoff")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"visitor\":{\"name\":\"" + "x".repeat(101) + "\"}}")
                .post("/demo/api/handoff")
                .then()
                .statusCode(400);
    }

    @Test
    void theDemoPagesAreServedAndTheConsoleIsNot() {
        given().get("/demo/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", equalTo("no-cache"))
                .body(containsString("Acme Outdoor"));
        given().get("/demo/socketio.html").then().statusCode(200).body(containsString("socket.io-client"));
        given().get("/console/").then().statusCode(404);
    }
}
