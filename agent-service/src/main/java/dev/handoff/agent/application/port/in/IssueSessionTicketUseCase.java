package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.SessionTicket;

/** Exchanges a verified bearer token for a short-lived, single-use socket ticket. */
public interface IssueSessionTicketUseCase {
    SessionTicket issue(IssueSessionTicketCommand command);
}
