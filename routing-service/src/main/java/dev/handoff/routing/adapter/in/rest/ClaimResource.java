package dev.handoff.routing.adapter.in.rest;

import dev.handoff.routing.application.port.in.ClaimConversationCommand;
import dev.handoff.routing.application.port.in.ClaimConversationUseCase;
import dev.handoff.routing.application.port.in.Claimed;
import dev.handoff.routing.domain.model.Claimant;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.Identifier;
import dev.handoff.shared.id.TeamId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.stream.Collectors;

/** Agents take waiting conversations: the first claim wins, every other learns who holds it. */
@Path("/api/v1/queue/{conversationId}/claim")
@RolesAllowed("agent")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {
    private final ClaimConversationUseCase claims;
    private final Caller caller;

    public ClaimResource(ClaimConversationUseCase claims, Caller caller) {
        this.claims = claims;
        this.caller = caller;
    }

    @POST
    public ClaimedBody claim(@PathParam("conversationId") ConversationId conversationId) {
        Claimed claimed = claims.claim(new ClaimConversationCommand(conversationId, claimant(caller)));
        return new ClaimedBody(
                claimed.conversationId().value(), claimed.agentId().value(), claimed.retry());
    }

    /**
     * The caller as a claimant: the token's name, tenant and {@code teams} claim (routing prefers the teams of their
     * presence, see {@link Claimant}), and whether they supervise the tenant.
     */
    static Claimant claimant(Caller caller) {
        return new Claimant(
                caller.agentId(),
                caller.displayName(),
                caller.tenant(),
                caller.teams().stream()
                        .filter(Identifier::isValid)
                        .map(TeamId::of)
                        .collect(Collectors.toSet()),
                caller.hasRole("supervisor"));
    }

    /** The claimant holds the conversation; {@code alreadyHeld} when this was a repeated claim. */
    public record ClaimedBody(String conversationId, String agentId, boolean alreadyHeld) {}
}
