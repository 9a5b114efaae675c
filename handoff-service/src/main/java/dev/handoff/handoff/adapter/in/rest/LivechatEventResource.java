package dev.handoff.handoff.adapter.in.rest;

import dev.handoff.handoff.application.port.in.EndVisitorChatUseCase;
import dev.handoff.handoff.application.port.in.ReadConversationUseCase;
import dev.handoff.runtime.problem.ProblemException;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.model.Channel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** CSML-style session payloads, for bots built on that convention. */
@Path("/api/v1/bots/{botId}/livechat")
@RolesAllowed("bot")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LivechatEventResource {
    private final BotHandoffResource handoffs;
    private final ReadConversationUseCase conversations;
    private final EndVisitorChatUseCase end;
    private final Caller caller;

    public LivechatEventResource(
            BotHandoffResource handoffs,
            ReadConversationUseCase conversations,
            EndVisitorChatUseCase end,
            Caller caller) {
        this.handoffs = handoffs;
        this.conversations = conversations;
        this.end = end;
        this.caller = caller;
    }

    /** START answers as a handoff request does; END answers 204, also for a chat that had already ended. */
    @POST
    @APIResponse(
            responseCode = "201",
            description = "START: " + BotHandoffResource.CREATED,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = HandoffResponseBody.class)))
    @APIResponse(
            responseCode = "200",
            description = "START: " + BotHandoffResource.REPEATED,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = HandoffResponseBody.class)))
    @APIResponse(responseCode = "204", description = "END: the live chat has ended (also when it had already)")
    public Response event(
            @PathParam("botId") BotId botId,
            @Parameter(description = "For START: as on a handoff request, makes a retry without a conversationId safe.")
                    @HeaderParam(IdempotencyKeys.HEADER)
                    String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid LivechatEventBody body) {
        if (body.session() == null) {
            throw ProblemException.badRequest(
                    "session is required: the handoff fields for START, " + "{\"conversationId\": ...} for END.");
        }
        if ("LIVECHAT_SESSION_START".equals(body.payload())) {
            return handoffs.handoff(botId, idempotencyKey, body.session(), Channel.CSML);
        }
        BotId bot = BotHandoffResource.BotPaths.botOfCaller(botId, caller);
        if (body.session().conversationId() == null) {
            throw ProblemException.badRequest("session.conversationId is required to end a live chat.");
        }
        ConversationId id = ConversationId.of(body.session().conversationId());
        conversations.conversation(caller.tenant(), Set.of(bot), id);
        end.end(caller.tenant(), id);
        return Response.noContent().build();
    }
}
