package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.SessionTicketPort;
import dev.handoff.agent.application.port.out.SessionTicketPortContract;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemorySessionTicketsContractTest extends SessionTicketPortContract {
    private final InMemorySessionTickets tickets = new InMemorySessionTickets();

    @Override
    protected <T> T inTransaction(Function<SessionTicketPort, T> work) {
        return work.apply(tickets);
    }
}
