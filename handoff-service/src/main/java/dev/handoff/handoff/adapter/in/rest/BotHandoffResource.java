package dev.handoff.handoff.adapter.in.rest;

import dev.handoff.handoff.application.port.in.HandoffAccepted;
import dev.handoff.handoff.application.port.in.RequestHandoffCommand;
import dev.handoff.handoff.application.port.in.RequestHandoffUseCase;
import dev.handoff.runtime.http.PublicUrls;
import dev.handoff.runtime.problem.ProblemException;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.model.Channel;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Where bots hand conversations to humans. */
@Path("/api/v1/bots/{botId}/handoffs")
@RolesAllowed("bot")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BotHandoffResource {
    static final String CREATED = "Handed off; Location names the conversation";
    static final String REPEATED =
            "A retry (same conversationId or Idempotency-Key): the conversation the first try made";

    private final RequestHandoffUseCase requestHandoff;
    private final Caller caller;
    private final PublicUrls urls;

    public BotHandoffResource(RequestHandoffUseCase requestHandoff, Caller caller, PublicUrls urls) {
        this.requestHandoff = requestHandoff;
        this.caller = caller;
        this.urls = urls;
    }

    @POST
    @APIResponse(
            responseCode = "201",
            description = CREATED,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = HandoffResponseBody.class)))
    @APIResponse(
            responseCode = "200",
            description = REPEATED,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = HandoffResponseBody.class)))
    public Response handoff(
            @PathParam("botId") BotId botId,
            @Parameter(
                            description =
                                    "Makes a retry safe without a conversationId: the same key from the same bot "
                                            + "always answers with the conversation the first try made (200), never a second one. "
                                            + "1 to 255 visible ASCII characters, e.g. a UUID. Not needed when the body has a conversationId.")
                    @HeaderParam(IdempotencyKeys.HEADER)
                    String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid HandoffRequestBody body) {
        // A bot that hands off over REST gives its visitor the token for the native WebSocket.
        return handoff(botId, idempotencyKey, body, Channel.WEBSOCKET);
    }

    /** The handoff of a bot whose visitor talks over {@code channel}. */
    Response handoff(BotId botId, String idempotencyKey, HandoffRequestBody body, Channel channel) {
        BotId bot = BotPaths.botOfCaller(botId, caller);
        ConversationId conversation =
                IdempotencyKeys.conversationOf(body.conversationId(), idempotencyKey, caller.tenant(), bot);
        RequestHandoffCommand command = new RequestHandoffCommand(
                caller.tenant(),
                bot,
                conversation,
                visitor(body),
                history(body.botHistory()),
                body.language(),
                body.team() == null ? null : TeamId.of(body.team()),
                body.priority() == null ? 0 : body.priority(),
                body.reason(),
                channel);
        HandoffAccepted accepted;
        try {
            accepted = requestHandoff.requestHandoff(command);
        } catch (RuntimeException e) {
            if (conversation == null || !IdempotencyKeys.lostToATwin(e)) {
                throw e;
            }
            // A retry that overtook the first try stored the conversation first: this one is now the repeat.
            accepted = requestHandoff.requestHandoff(command);
        }
        HandoffResponseBody response = new HandoffResponseBody(
                accepted.conversationId().value(),
                accepted.queuePosition() > 0 ? "waiting" : "assigned",
                accepted.requestedAt(),
                accepted.visitorToken(),
                accepted.queuePosition(),
                accepted.estimatedWaitSeconds());
        return (accepted.created()
                        ? Response.created(urls.of("/api/v1/conversations/" + accepted.conversationId()))
                        : Response.ok())
                .entity(response)
                .build();
    }

    private static VisitorInfo visitor(HandoffRequestBody body) {
        HandoffRequestBody.Visitor v = body.visitor();
        return v == null ? VisitorInfo.anonymous() : new VisitorInfo(v.name(), v.email(), v.locale(), v.attributes());
    }

    private static List<HistoryEntry> history(List<HandoffRequestBody.HistoryLine> lines) {
        if (lines == null) {
            return List.of();
        }
        return lines.stream()
                .map(l -> new HistoryEntry("bot".equals(l.sender()) ? Sender.BOT : Sender.VISITOR, l.message(), l.at()))
                .toList();
    }

    /** Checks a bot id from a path against the caller's token. */
    static final class BotPaths {
        private BotPaths() {}

        static BotId botOfCaller(BotId botId, Caller caller) {
            if (!caller.botIds().contains(botId.value())) {
                throw ProblemException.forbidden("Your token may not act for bot " + botId + ".");
            }
            return botId;
        }
    }
}
