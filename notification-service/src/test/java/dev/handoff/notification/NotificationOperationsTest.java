package dev.handoff.notification;

import dev.handoff.testinfra.OperationsContract;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;

/** Health (database and Kafka in readiness), Prometheus metrics and OpenAPI, against the real infrastructure. */
@QuarkusTest
@WithTestInfrastructure
class NotificationOperationsTest extends OperationsContract {
    @Override
    protected String documentedPath() {
        return "/api/v1/notifications/recipients";
    }

    @Override
    protected String bodyOperation() {
        return "PUT /api/v1/notifications/recipients";
    }
}
