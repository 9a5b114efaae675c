package dev.handoff.analytics.adapter.in.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.handoff.analytics.AnalystApi;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The filters of metrics and the conversation list keep the platform's input rules (docs/api-errors.md): a bad value
 * is a 400 validation problem naming the parameter, never a 404 of the parameter conversion, and its value is not
 * echoed; values the OpenAPI document calls valid are taken.
 */
@QuarkusTest
@WithTestInfrastructure
class QueryParametersApiTest {
    private static final String TENANT = "parameters-" + System.nanoTime();
    private static final String METRICS = "/api/v1/analytics/metrics";
    private static final String LIST = "/api/v1/analytics/conversations";

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(LIST, "rating", "abc"),
                Arguments.of(LIST, "rating", "５"),
                Arguments.of(LIST, "rating", "6"),
                Arguments.of(LIST, "limit", "x"),
                Arguments.of(LIST, "limit", "1e3"),
                Arguments.of(LIST, "limit", "0"),
                Arguments.of(LIST, "q", "q".repeat(201)),
                Arguments.of(LIST, "outcome", "lost"),
                Arguments.of(LIST, "bot", "no bot"),
                Arguments.of(LIST, "team", "-team"),
                Arguments.of(LIST, "agent", "a".repeat(129)),
                Arguments.of(LIST, "channel", "SMS"),
                Arguments.of(LIST, "language", "e1"),
                Arguments.of(LIST, "from", "1969-12-31"),
                Arguments.of(LIST, "to", "+10000-01-01T00:00:00Z"),
                Arguments.of(LIST, "from", "2025-02-30"),
                Arguments.of(METRICS, "from", "1969-12-31T23:45:00Z"),
                Arguments.of(METRICS, "zone", "-01:00"),
                Arguments.of(METRICS, "bucket", "month"),
                Arguments.of(METRICS, "bot", "x%y"),
                Arguments.of(METRICS, "channel", "phone"),
                Arguments.of(METRICS, "language", "english-uk"));
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @MethodSource("refused")
    void aBadFilterIsAValidationProblemNamingIt(String path, String parameter, String value) {
        ValidatableResponse refusal = AnalystApi.as(TENANT, "analyst", parameter, value)
                .get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:validation"))
                .body("errors[0].field", equalTo(parameter));
        if (value.length() > 2) {
            // a digit or two may well occur in the rule itself ("from 1 to 200")
            refusal.body("detail", not(containsString(value))).body("errors[0].message", not(containsString(value)));
        }
    }

    @Test
    void documentedValuesAreTaken() {
        AnalystApi.as(
                        TENANT,
                        "analyst",
                        "q",
                        "order -4711 ５ \"late\"",
                        "rating",
                        "5",
                        "limit",
                        "200",
                        "channel",
                        "socket_io",
                        "language",
                        "EN",
                        "outcome",
                        "Abandoned",
                        "bot",
                        "bot-a",
                        "from",
                        "1970-01-01",
                        "to",
                        "1970-06-01T00:00:00Z")
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
        AnalystApi.as(
                        TENANT,
                        "analyst",
                        "zone",
                        "Asia/Kolkata",
                        "bucket",
                        "WEEK",
                        "language",
                        "zu",
                        "from",
                        "2025-06-02",
                        "to",
                        "2025-06-30")
                .get(METRICS)
                .then()
                .statusCode(200)
                .body("zone", equalTo("Asia/Kolkata"))
                .body("bucket", equalTo("week"))
                .body("value", equalTo("zu"));
        AnalystApi.as(TENANT, "analyst", "from", "9999-12-01", "to", "9999-12-31")
                .get("/api/v1/analytics/breakdown/agent")
                .then()
                .statusCode(200);
    }

    @Test
    void anUnknownBreakdownIsNotFoundWithoutEchoingIt() {
        AnalystApi.as(TENANT, "analyst")
                .get("/api/v1/analytics/breakdown/mood")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", not(containsString("mood")));
    }
}
