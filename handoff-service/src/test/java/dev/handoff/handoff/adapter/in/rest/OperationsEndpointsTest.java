package dev.handoff.handoff.adapter.in.rest;

import dev.handoff.testinfra.OperationsContract;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestInfrastructure
class OperationsEndpointsTest extends OperationsContract {
    @Override
    protected String documentedPath() {
        return "/api/v1/bots/{botId}/handoffs";
    }

    @Override
    protected String bodyOperation() {
        return "PUT /api/v1/bots/{botId}/settings";
    }
}
