package dev.handoff.routing.adapter.in.rest;

import dev.handoff.routing.adapter.in.rest.TransferResource.TransferredBody;
import dev.handoff.routing.application.port.in.TransferConversationCommand;
import dev.handoff.routing.application.port.in.TransferConversationUseCase;
import dev.handoff.routing.application.port.in.TransferResult;
import dev.handoff.routing.domain.model.TransferTarget;
import dev.handoff.routing.domain.model.Transferor;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.ConversationId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A supervisor takes a chat over: a transfer to themselves, with the transfer's rules and events (the previous holder
 * and the visitor are told as for any transfer). Agents without the supervisor role are refused before anything runs.
 */
@Path("/api/v1/queue/{conversationId}/take-over")
@RolesAllowed("supervisor")
@Produces(MediaType.APPLICATION_JSON)
public class TakeOverResource {
    private final TransferConversationUseCase transfers;
    private final Caller caller;

    public TakeOverResource(TransferConversationUseCase transfers, Caller caller) {
        this.transfers = transfers;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Take a chat of the tenant over (no body): the caller becomes its agent")
    public TransferredBody takeOver(@PathParam("conversationId") ConversationId conversationId) {
        TransferResult result = transfers.transfer(new TransferConversationCommand(
                conversationId,
                new Transferor(caller.agentId(), caller.tenant(), true),
                new TransferTarget.ToAgent(caller.agentId())));
        return new TransferredBody(
                result.conversationId().value(),
                result.fromAgentId() == null ? null : result.fromAgentId().value(),
                result.toAgentId().value(),
                result.status().name(),
                result.team() == null ? null : result.team().value());
    }
}
