package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.AgentNoticePort;
import dev.handoff.agent.application.port.out.AgentNoticePortContract;
import dev.handoff.agent.domain.model.AgentProfile;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryNoticesContractTest extends AgentNoticePortContract {
    private final InMemoryAgentTables tables = new InMemoryAgentTables();
    private final InMemoryNotices notices = new InMemoryNotices(tables);

    @Override
    protected <T> T inTransaction(Function<AgentNoticePort, T> work) {
        return work.apply(notices);
    }

    @Override
    protected void presenceStarted(AgentProfile agent) {
        new InMemoryPresence(tables).lockOrStart(agent);
    }
}
