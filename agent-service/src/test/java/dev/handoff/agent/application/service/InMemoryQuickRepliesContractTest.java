package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.QuickReplyPort;
import dev.handoff.agent.application.port.out.QuickReplyPortContract;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryQuickRepliesContractTest extends QuickReplyPortContract {
    private final InMemoryQuickReplies replies = new InMemoryQuickReplies();

    @Override
    protected <T> T inTransaction(Function<QuickReplyPort, T> work) {
        return work.apply(replies);
    }
}
