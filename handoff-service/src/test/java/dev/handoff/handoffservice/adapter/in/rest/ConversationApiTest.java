package dev.handoff.handoffservice.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestInfrastructure
class ConversationApiTest {
    private static final String TENANT = "acme";

    private static String handOff(String botId, String body) {
        given().auth().oauth2(TestTokens.agent("carol", TENANT, "agent", "supervisor")).contentType(ContentType.JSON)
                .body("{\"enabled\":true}").put("/api/v1/bots/{botId}/settings", botId).then().statusCode(200);
        String location = given().auth().oauth2(TestTokens.bot("client", TENANT, botId)).contentType(ContentType.JSON)
                .body(body).post("/api/v1/bots/{botId}/handoffs", botId).then().statusCode(201).extract().header("Location");
        return URI.create(location).getPath();
    }

    @Test
    void theLocationOfAHandoffShowsTheBotWhereTheLiveChatStands() {
        String botId = "bot-" + UUID.randomUUID();
        String path = handOff(botId, "{\"visitor\":{\"email\":\"v@example.com\",\"locale\":\"en-ZA\"}}");

        given().auth().oauth2(TestTokens.bot("client", TENANT, botId)).get(path)
                .then().statusCode(200)
                .body("botId", equalTo(botId))
                .body("status", equalTo("waiting"))
                .body("startedAt", notNullValue())
                .body("visitor.name", equalTo("Anonymous"))
                .body("visitor.email", equalTo("v@example.com"))
                .body("visitor.locale", equalTo("en-ZA"));
    }

    @Test
    void anotherBotOrTenantSeesNoSuchConversation() {
        String botId = "bot-" + UUID.randomUUID();
        String path = handOff(botId, "{}");

        given().auth().oauth2(TestTokens.bot("client", TENANT, "another-bot")).get(path)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:unknown-conversation"));
        given().auth().oauth2(TestTokens.bot("client", "other-tenant", botId)).get(path).then().statusCode(404);
        given().auth().oauth2(TestTokens.bot("client", TENANT, botId)).get("/api/v1/conversations/{id}", "no-such")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.bot("client", TENANT, botId)).get("/api/v1/conversations/{id}", "not valid!")
                .then().statusCode(404);
        given().get(path).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.agent("alice", TENANT, "agent")).get(path).then().statusCode(403);
    }
}
