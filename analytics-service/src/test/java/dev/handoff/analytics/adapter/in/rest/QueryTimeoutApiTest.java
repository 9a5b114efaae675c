package dev.handoff.analytics.adapter.in.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.handoff.analytics.AnalystApi;
import dev.handoff.testinfra.InfrastructureTestResource;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A report or search the database does not answer within the statement timeout is a 503 problem with Retry-After,
 * not a 500 once the transaction dies, and the service answers again as soon as the database does. The database is
 * made slow honestly: another session holds an exclusive lock on the tables those reads need, and waiting for a
 * lock counts towards PostgreSQL's statement_timeout like any other work.
 */
@QuarkusTest
@WithTestInfrastructure
@TestProfile(QueryTimeoutApiTest.ShortTimeout.class)
class QueryTimeoutApiTest {
    private static final String TENANT = "timeout-" + System.nanoTime();

    /** A timeout short enough for a test, long enough for any read of a few rows under load. */
    public static class ShortTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("analytics.queries.statement-timeout", "700ms");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/analytics/conversations?q=refund",
                "/api/v1/analytics/conversations",
                "/api/v1/analytics/metrics?from=2025-01-01&to=2026-01-01",
                "/api/v1/analytics/breakdown/agent",
                "/api/v1/analytics/conversations/c-1"
            })
    void aReadTheDatabaseDoesNotAnswerInTimeIsA503WithRetryAfter(String path) throws Exception {
        try (Connection blocker = tablesLocked()) {
            AnalystApi.as(TENANT, "analyst")
                    .get(path)
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("type", equalTo("urn:handoff:problem:query-timeout"))
                    .body("title", equalTo("Query timed out"))
                    .body("status", equalTo(503))
                    .body("detail", containsString("700 ms"))
                    .body("detail", not(containsString("Exception")))
                    .body("detail", not(containsString("canceling statement")));
            blocker.rollback();
        }
    }

    @Test
    void onceTheDatabaseAnswersSoDoesTheService() throws Exception {
        try (Connection blocker = tablesLocked()) {
            AnalystApi.as(TENANT, "analyst")
                    .get("/api/v1/analytics/conversations")
                    .then()
                    .statusCode(503);
            blocker.rollback();
        }
        AnalystApi.as(TENANT, "analyst")
                .get("/api/v1/analytics/conversations")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
        AnalystApi.as(TENANT, "analyst", "from", "2025-01-01", "to", "2026-01-01")
                .get("/api/v1/analytics/metrics")
                .then()
                .statusCode(200)
                .body("totals.requests", equalTo(0));
    }

    /** A session holding exclusive locks on what reports and searches read, until rolled back. */
    private static Connection tablesLocked() throws Exception {
        Connection c = DriverManager.getConnection(
                InfrastructureTestResource.jdbcUrl(),
                InfrastructureTestResource.jdbcUsername(),
                InfrastructureTestResource.jdbcPassword());
        c.setAutoCommit(false);
        try (Statement lock = c.createStatement()) {
            lock.execute("lock table analytics.conversation_fact, analytics.conversation_text, analytics.metric_rollup"
                    + " in access exclusive mode");
        }
        return c;
    }
}
