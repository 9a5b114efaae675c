package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AnnouncedPositionsPort;
import dev.handoff.routing.application.port.out.AnnouncedPositionsPortContract;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryAnnouncedPositionsContractTest extends AnnouncedPositionsPortContract {
    private final InMemoryAnnouncedPositions told = new InMemoryAnnouncedPositions();

    @Override
    protected <T> T inTransaction(Function<AnnouncedPositionsPort, T> work) {
        return work.apply(told);
    }
}
