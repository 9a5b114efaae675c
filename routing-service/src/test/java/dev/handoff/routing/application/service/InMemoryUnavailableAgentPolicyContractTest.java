package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.UnavailableAgentPolicyPort;
import dev.handoff.routing.application.port.out.UnavailableAgentPolicyPortContract;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryUnavailableAgentPolicyContractTest extends UnavailableAgentPolicyPortContract {
    private final InMemoryUnavailableAgentPolicy policy = new InMemoryUnavailableAgentPolicy();

    @Override
    protected <T> T inTransaction(Function<UnavailableAgentPolicyPort, T> work) {
        return work.apply(policy);
    }
}
