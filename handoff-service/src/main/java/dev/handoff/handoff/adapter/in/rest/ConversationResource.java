package dev.handoff.handoff.adapter.in.rest;

import dev.handoff.handoff.application.port.in.ReadConversationUseCase;
import dev.handoff.handoff.application.port.in.UnknownConversationException;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.runtime.http.InvalidIdParameterException;
import dev.handoff.runtime.problem.ProblemMappers;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.Identifier;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A handed-off conversation as its bot sees it: the resource a handoff's Location points to. */
@Path("/api/v1/conversations/{conversationId}")
@RolesAllowed("bot")
@Produces(MediaType.APPLICATION_JSON)
public class ConversationResource {
    private final ReadConversationUseCase conversations;
    private final Caller caller;

    public ConversationResource(ReadConversationUseCase conversations, Caller caller) {
        this.conversations = conversations;
        this.caller = caller;
    }

    @GET
    public ConversationBody read(@PathParam("conversationId") ConversationId conversationId) {
        Conversation c = conversations.conversation(
                caller.tenant(),
                caller.botIds().stream()
                        .filter(Identifier::isValid)
                        .map(BotId::of)
                        .collect(Collectors.toSet()),
                conversationId);
        return new ConversationBody(
                c.id().value(),
                c.botId().value(),
                c.status().name().toLowerCase(Locale.ROOT),
                c.startedAt(),
                c.lastActivityAt(),
                new VisitorBody(
                        c.visitor().displayName(),
                        c.visitor().email(),
                        c.visitor().locale()));
    }

    /** Not a valid id can be nobody's conversation: the same answer as any other unknown one. */
    @ServerExceptionMapper
    public Response invalidId(InvalidIdParameterException e, UriInfo uri) {
        return ProblemMappers.respond(
                HandoffProblemMappers.unknown(new UnknownConversationException(ConversationId.of("invalid"))), uri);
    }

    /** Where the live chat stands; {@code status} is waiting, assigned, completed, ended_by_visitor or expired. */
    public record ConversationBody(
            String conversationId,
            String botId,
            String status,
            Instant startedAt,
            Instant lastActivityAt,
            VisitorBody visitor) {}

    /** The visitor as the bot described them. */
    public record VisitorBody(
            String name,
            @Schema(nullable = true) String email,
            @Schema(nullable = true) String locale) {}
}
