package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.IssueSessionTicketCommand;
import dev.handoff.agent.application.port.in.IssueSessionTicketUseCase;
import dev.handoff.agent.application.port.out.SessionTicketPort;
import dev.handoff.agent.domain.model.SessionPolicy;
import dev.handoff.agent.domain.model.SessionTicket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/** Issues socket tickets: 32 random bytes, URL-safe, stored so that any replica can redeem them once. */
@ApplicationScoped
public class IssueSessionTicketService implements IssueSessionTicketUseCase {
    private static final int TICKET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionTicketPort tickets;
    private final SessionPolicy policy;
    private final Clock clock;

    public IssueSessionTicketService(SessionTicketPort tickets, SessionPolicy policy, Clock clock) {
        this.tickets = tickets;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SessionTicket issue(IssueSessionTicketCommand command) {
        byte[] secret = new byte[TICKET_BYTES];
        RANDOM.nextBytes(secret);
        SessionTicket ticket = new SessionTicket(
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
                command.profile(),
                clock.instant().plus(policy.ticketTtl()));
        tickets.save(ticket);
        return ticket;
    }
}
