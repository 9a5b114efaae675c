package dev.handoff.agent.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The console (web module, classifier console) is served from the jar at /console/, the demo pages are not. */
@QuarkusTest
@WithTestInfrastructure
class ConsolePagesTest {
    @Test
    void theConsoleIsServedWithItsSignInConfiguration() {
        String html = given().get("/console/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", equalTo("no-cache"))
                .body(containsString("<title>Live chats</title>"))
                .extract()
                .asString();
        String script = html.replaceAll("(?s).*src=\"(/console/assets/[^\"]+\\.js)\".*", "$1");
        given().get(script).then().statusCode(200).header("Cache-Control", containsString("immutable"));

        JsonPath config = given().get("/console/config.json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(config.getString("clientId")).isEqualTo("handoff-console");
        assertThat(config.getString("issuer")).endsWith("/realms/handoff");
    }

    @Test
    void theDemoPagesBelongToHandoffService() {
        given().get("/demo/").then().statusCode(404);
    }
}
