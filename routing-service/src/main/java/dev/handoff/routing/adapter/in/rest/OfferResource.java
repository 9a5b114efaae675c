package dev.handoff.routing.adapter.in.rest;

import dev.handoff.routing.adapter.in.rest.ClaimResource.ClaimedBody;
import dev.handoff.routing.application.port.in.AnswerOfferCommand;
import dev.handoff.routing.application.port.in.AnswerOfferUseCase;
import dev.handoff.routing.application.port.in.Claimed;
import dev.handoff.routing.domain.model.Claimant;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.ConversationId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The agent a conversation is offered to (AUTO_WITH_OFFER) accepts or declines it. */
@Path("/api/v1/queue/{conversationId}")
@RolesAllowed("agent")
@Produces(MediaType.APPLICATION_JSON)
public class OfferResource {
    private final AnswerOfferUseCase offers;
    private final Caller caller;

    public OfferResource(AnswerOfferUseCase offers, Caller caller) {
        this.offers = offers;
        this.caller = caller;
    }

    /** 200 with the same body as a claim; a repeated accept answers {@code alreadyHeld: true}. */
    @POST
    @Path("/accept")
    public ClaimedBody accept(@PathParam("conversationId") ConversationId conversationId) {
        Claimed claimed = offers.accept(command(conversationId));
        return new ClaimedBody(
                claimed.conversationId().value(), claimed.agentId().value(), claimed.retry());
    }

    /** 204; the conversation is offered to the next agent, and never again to the caller. */
    @POST
    @Path("/decline")
    @APIResponse(responseCode = "204", description = "Declined; offered to the next agent, never again to the caller")
    public void decline(@PathParam("conversationId") ConversationId conversationId) {
        offers.decline(command(conversationId));
    }

    private AnswerOfferCommand command(ConversationId conversationId) {
        // Teams do not matter here: the offer itself says who may take it.
        return new AnswerOfferCommand(
                conversationId, new Claimant(caller.agentId(), caller.displayName(), caller.tenant(), Set.of()));
    }
}
