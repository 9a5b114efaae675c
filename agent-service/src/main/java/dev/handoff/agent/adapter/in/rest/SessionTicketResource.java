package dev.handoff.agent.adapter.in.rest;

import dev.handoff.agent.application.port.in.IssueSessionTicketCommand;
import dev.handoff.agent.application.port.in.IssueSessionTicketUseCase;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.agent.domain.model.SessionTicket;
import dev.handoff.runtime.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/**
 * Tickets for the console socket: browsers cannot send a bearer token with a WebSocket upgrade, so the
 * console trades its token for a ticket here and opens {@code /ws/agent?ticket=...} within 30 seconds.
 */
@Path("/api/v1/agent/session-tickets")
@RolesAllowed("agent")
@Produces(MediaType.APPLICATION_JSON)
public class SessionTicketResource {
    private final IssueSessionTicketUseCase tickets;
    private final Caller caller;
    private final SecurityIdentity identity;

    public SessionTicketResource(IssueSessionTicketUseCase tickets, Caller caller, SecurityIdentity identity) {
        this.tickets = tickets;
        this.caller = caller;
        this.identity = identity;
    }

    @POST
    public TicketBody issue() {
        AgentProfile profile = Actors.profile(caller, identity.getRoles());
        SessionTicket ticket = tickets.issue(new IssueSessionTicketCommand(profile));
        return new TicketBody(ticket.value(), ticket.expiresAt());
    }

    /** A ticket and the moment it stops opening sockets. */
    public record TicketBody(String ticket, Instant expiresAt) {}
}
