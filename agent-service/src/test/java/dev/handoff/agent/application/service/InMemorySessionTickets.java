package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.SessionTicketPort;
import dev.handoff.agent.domain.model.SessionTicket;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Issued socket tickets in a map, for use-case tests. */
final class InMemorySessionTickets implements SessionTicketPort {
    private final Map<String, SessionTicket> tickets = new HashMap<>();

    @Override
    public void save(SessionTicket ticket) {
        tickets.put(ticket.value(), ticket);
    }

    @Override
    public Optional<SessionTicket> take(String value) {
        return Optional.ofNullable(tickets.remove(value));
    }

    @Override
    public int deleteExpired(Instant now) {
        int before = tickets.size();
        tickets.values().removeIf(t -> t.expiresAt().isBefore(now));
        return before - tickets.size();
    }
}
