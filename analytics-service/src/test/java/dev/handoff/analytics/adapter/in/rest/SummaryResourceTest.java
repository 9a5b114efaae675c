package dev.handoff.analytics.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestInfrastructure
class SummaryResourceTest {
    private static final String PATH = "/api/v1/analytics/summary";

    @Test
    void withoutTokenTheAnswerIs401() {
        given().get(PATH)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void anAgentMayNotReadAnalytics() {
        given().auth()
                .oauth2(TestTokens.agent("alex", "analytics-roles", "agent"))
                .get(PATH)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void analystsAndSupervisorsReadAnEmptySummaryOfAQuietTenant() {
        for (String role : new String[] {"analyst", "supervisor"}) {
            given().auth()
                    .oauth2(TestTokens.agent("kim", "analytics-quiet", role))
                    .queryParam("from", "2025-01-01")
                    .queryParam("to", "2025-02-01")
                    .get(PATH)
                    .then()
                    .statusCode(200)
                    .body("from", equalTo("2025-01-01T00:00:00Z"))
                    .body("to", equalTo("2025-02-01T00:00:00Z"))
                    .body("handoffRequests", equalTo(0))
                    .body("assigned", equalTo(0))
                    .body("timeToAssignment.averageSeconds", nullValue())
                    .body("conversationsPerAgent", empty())
                    .body("averageRating", nullValue())
                    .body("ratings", equalTo(0));
        }
    }

    @Test
    void withoutBoundsTheLastThirtyDaysAreSummarised() {
        given().auth()
                .oauth2(TestTokens.agent("kim", "analytics-default", "analyst"))
                .get(PATH)
                .then()
                .statusCode(200)
                .body("handoffRequests", equalTo(0));
    }

    @Test
    void anUnreadableBoundIsABadRequest() {
        given().auth()
                .oauth2(TestTokens.agent("kim", "analytics-bad", "analyst"))
                .queryParam("from", "last tuesday")
                .get(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:validation"))
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void boundsBeyondTheDocumentedRangeAreABadRequestNotADatabaseError() {
        String token = TestTokens.agent("kim", "analytics-bad", "analyst");
        for (String[] period : new String[][] {
            {"+300000-01-01T00:00:00Z", "+300001-01-01T00:00:00Z"},
            {"1969-12-31T00:00:00Z", "1970-01-02T00:00:00Z"},
            {"2025-01-01", "10000-01-01"}
        }) {
            given().auth()
                    .oauth2(token)
                    .queryParam("from", period[0])
                    .queryParam("to", period[1])
                    .get(PATH)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:handoff:problem:validation"));
        }
    }

    @Test
    void aReversedOrOverlongPeriodIsABadRequest() {
        String token = TestTokens.agent("kim", "analytics-bad", "analyst");
        given().auth()
                .oauth2(token)
                .queryParam("from", "2025-03-02T00:00:00Z")
                .queryParam("to", "2025-03-01T00:00:00Z")
                .get(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:invalid-period"));
        given().auth()
                .oauth2(token)
                .queryParam("from", "2020-01-01")
                .queryParam("to", "2025-01-01")
                .get(PATH)
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:handoff:problem:invalid-period"));
    }

    @Test
    void hourBucketsOverMoreThanAMonthAreABadRequest() {
        given().auth()
                .oauth2(TestTokens.agent("kim", "analytics-bad", "analyst"))
                .queryParam("from", "2025-01-01")
                .queryParam("to", "2025-03-01")
                .queryParam("bucket", "hour")
                .get("/api/v1/analytics/metrics")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:invalid-period"))
                .body(
                        "detail",
                        equalTo("hour buckets cover at most 31 days: use day or week buckets for a longer period"));
    }
}
