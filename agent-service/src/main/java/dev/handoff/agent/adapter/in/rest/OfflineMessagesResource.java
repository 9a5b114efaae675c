package dev.handoff.agent.adapter.in.rest;

import dev.handoff.agent.application.port.in.ListOfflineMessagesUseCase;
import dev.handoff.agent.application.port.in.ListOfflineMessagesUseCase.OfflineMessagePage;
import dev.handoff.agent.application.port.in.ListOfflineMessagesUseCase.OfflineMessagesQuery;
import dev.handoff.agent.application.port.in.MarkOfflineMessageHandledUseCase;
import dev.handoff.agent.application.port.in.OfflineMessageRefusedException;
import dev.handoff.agent.domain.model.OfflineMessage;
import dev.handoff.runtime.http.InvalidIdParameterException;
import dev.handoff.runtime.input.InputRules;
import dev.handoff.runtime.input.InvalidInputException;
import dev.handoff.runtime.problem.Problem;
import dev.handoff.runtime.problem.ProblemMappers;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.ConversationId;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * "Messages left": what waiting visitors left when nobody was accepting, for agents to answer by e-mail. Agents see
 * their teams' and untagged ones, supervisors the whole tenant; one they may not see answers 404 like an unknown one.
 */
@Path("/api/v1/agent/offline-messages")
@RolesAllowed({"agent", "supervisor"})
@Produces(MediaType.APPLICATION_JSON)
public class OfflineMessagesResource {
    static final int DEFAULT_SIZE = 20;
    private static final String PROBLEM = "urn:handoff:problem:";

    private final ListOfflineMessagesUseCase list;
    private final MarkOfflineMessageHandledUseCase handled;
    private final Caller caller;
    private final SecurityIdentity identity;

    public OfflineMessagesResource(
            ListOfflineMessagesUseCase list,
            MarkOfflineMessageHandledUseCase handled,
            Caller caller,
            SecurityIdentity identity) {
        this.list = list;
        this.handled = handled;
        this.caller = caller;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Messages visitors left, newest first, a page at a time")
    public PageBody list(
            @Parameter(
                            description = "open (default): not handled yet; handled; all",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"open", "handled", "all"}))
                    @QueryParam("status")
                    String status,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "10000"))
                    @QueryParam("page")
                    String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("size")
                    String size) {
        OfflineMessagePage found = list.list(new OfflineMessagesQuery(
                Actors.profile(caller, identity.getRoles()),
                handledFilter(status),
                page == null ? 0 : (int) InputRules.wholeNumber("page", page, 0, 10_000),
                size == null
                        ? DEFAULT_SIZE
                        : (int) InputRules.wholeNumber("size", size, 1, OfflineMessagesQuery.MAX_SIZE)));
        return new PageBody(
                found.items().stream().map(MessageBody::of).toList(), found.page(), found.size(), found.hasMore());
    }

    @POST
    @Path("{id}/handled")
    @Operation(summary = "Mark a message handled (answered outside the platform): who and when are recorded")
    public MessageBody markHandled(
            @Parameter(
                            description = "the conversation id of the message",
                            schema =
                                    @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$"))
                    @PathParam("id")
                    ConversationId id) {
        return MessageBody.of(handled.markHandled(Actors.profile(caller, identity.getRoles()), id));
    }

    private static Boolean handledFilter(String status) {
        if (status == null || "open".equals(status)) {
            return false;
        } else if ("handled".equals(status)) {
            return true;
        } else if ("all".equals(status)) {
            return null;
        }
        throw new InvalidInputException("status", "must be open, handled or all");
    }

    /** An id that cannot be a conversation's names no message left: the same 404 as an unknown one. */
    @ServerExceptionMapper
    public Response invalidId(InvalidIdParameterException e, UriInfo uri) {
        return refused(new OfflineMessageRefusedException(ConversationId.of("invalid"), null), uri);
    }

    @ServerExceptionMapper
    public Response refused(OfflineMessageRefusedException e, UriInfo uri) {
        OfflineMessage done = e.handled();
        if (done == null) {
            return ProblemMappers.respond(
                    new Problem(
                            PROBLEM + "offline-message-not-found",
                            "Message not found",
                            404,
                            "You have no such message left by a visitor.",
                            null,
                            List.of(),
                            Map.of()),
                    uri);
        }
        return ProblemMappers.respond(
                new Problem(
                        PROBLEM + "already-handled",
                        "Already handled",
                        409,
                        done.handledByName() + " marked this message handled already.",
                        null,
                        List.of(),
                        Map.of(
                                "handledBy",
                                done.handledBy().value(),
                                "handledByName",
                                done.handledByName(),
                                "handledAt",
                                done.handledAt().toString())),
                uri);
    }

    /** A page of messages; {@code hasMore}: an older page follows. */
    public record PageBody(List<MessageBody> items, int page, int size, boolean hasMore) {}

    /** A message left; {@code id} is its conversation's id; the handled fields are null while it waits. */
    @Schema(name = "OfflineMessageBody", description = "A message a waiting visitor left")
    public record MessageBody(
            String id,
            String botId,
            @Schema(nullable = true) String botName,
            @Schema(nullable = true) String team,
            @Schema(nullable = true) String visitorName,
            String visitorEmail,
            String message,
            Instant leftAt,
            @Schema(nullable = true) String handledBy,
            @Schema(nullable = true) String handledByName,
            @Schema(nullable = true) Instant handledAt) {
        static MessageBody of(OfflineMessage m) {
            return new MessageBody(
                    m.conversationId().value(),
                    m.botId().value(),
                    m.botName(),
                    m.team() == null ? null : m.team().value(),
                    m.visitorName(),
                    m.visitorEmail(),
                    m.message(),
                    m.leftAt(),
                    m.handledBy() == null ? null : m.handledBy().value(),
                    m.handledByName(),
                    m.handledAt());
        }
    }
}
