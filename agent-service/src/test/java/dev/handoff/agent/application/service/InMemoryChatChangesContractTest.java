package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.ChatChangesPort;
import dev.handoff.agent.application.port.out.ChatChangesPortContract;
import dev.handoff.testinfra.MutableClock;
import java.time.Instant;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryChatChangesContractTest extends ChatChangesPortContract {
    private final InMemoryChatChanges changes =
            new InMemoryChatChanges(new MutableClock(Instant.parse("2026-11-23T09:00:00Z")));

    @Override
    protected <T> T inTransaction(Function<ChatChangesPort, T> work) {
        return work.apply(changes);
    }
}
