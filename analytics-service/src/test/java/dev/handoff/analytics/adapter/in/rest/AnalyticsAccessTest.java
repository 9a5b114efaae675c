package dev.handoff.analytics.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only analysts and supervisors read analytics: an agent gets 403 from every endpoint, and no token 401. */
@QuarkusTest
@WithTestInfrastructure
class AnalyticsAccessTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/analytics/summary",
                "/api/v1/analytics/metrics",
                "/api/v1/analytics/breakdown/agent",
                "/api/v1/analytics/conversations",
                "/api/v1/analytics/conversations/some-chat",
                "/api/v1/analytics/retention",
                "/api/v1/analytics/erasures",
                "/api/v1/analytics/erasures/4c5d6e7f-8a9b-4c0d-9e1f-3a4b5c6d7e8f"
            })
    void agentsAreForbiddenAndStrangersUnauthorized(String path) {
        given().auth()
                .oauth2(TestTokens.agent("alex", "analytics-access", "agent"))
                .get(path)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        if (path.contains("metrics") || path.contains("breakdown") || path.contains("conversations")) {
            // the CSV downloads of the same resources
            given().auth()
                    .oauth2(TestTokens.agent("alex", "analytics-access", "agent"))
                    .accept("text/csv")
                    .get(path)
                    .then()
                    .statusCode(403);
        }
        given().get(path).then().statusCode(401).contentType("application/problem+json");
    }
}
