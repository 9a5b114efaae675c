package dev.handoff.analytics;

import dev.handoff.testinfra.OperationsContract;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;

/** Health (database and Kafka in readiness), Prometheus metrics and OpenAPI, against the real infrastructure. */
@QuarkusTest
@WithTestInfrastructure
class AnalyticsOperationsTest extends OperationsContract {
    @Override
    protected String documentedPath() {
        return "/api/v1/analytics/summary";
    }

    @Override
    protected String bodyOperation() {
        return "POST /api/v1/analytics/erasures";
    }
}
