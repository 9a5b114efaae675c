package dev.handoff.agent.adapter.in.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestInfrastructure
class ConsoleConfigRouteTest {
    @Test
    void theConsoleSignsInWhereTheServiceIsConfiguredToSendIt() {
        JsonPath config = given().get("/console/config.json")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-cache")
                .extract()
                .jsonPath();

        // %test.agent.console.oidc-issuer; the web jar's static file names the local Keycloak instead
        assertThat(config.getString("issuer")).isEqualTo("https://auth.console-test.example/realms/handoff");
        assertThat(config.getString("clientId")).isEqualTo("handoff-console");
        assertThat(config.getString("scope")).isEqualTo("openid profile email");
    }
}
