package dev.handoff.agent.application.port.out;

import dev.handoff.agent.domain.model.SessionTicket;
import java.time.Instant;
import java.util.Optional;

/** Issued socket tickets, shared by every replica so a ticket from one opens a socket on any other. */
public interface SessionTicketPort {
    void save(SessionTicket ticket);

    /** The ticket, removed in the same step so that it can be redeemed once only; empty if unknown or used. */
    Optional<SessionTicket> take(String value);

    /** Deletes tickets that expired before {@code now}; returns how many. */
    int deleteExpired(Instant now);
}
