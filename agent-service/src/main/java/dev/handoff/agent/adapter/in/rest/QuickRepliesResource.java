package dev.handoff.agent.adapter.in.rest;

import dev.handoff.agent.application.port.in.InvalidCommandException;
import dev.handoff.agent.application.port.in.ManageQuickRepliesUseCase;
import dev.handoff.agent.application.port.in.SaveQuickReplyCommand;
import dev.handoff.agent.domain.model.QuickReply;
import dev.handoff.agent.domain.model.QuickReplyScope;
import dev.handoff.runtime.http.PublicUrls;
import dev.handoff.runtime.input.InputRules;
import dev.handoff.runtime.input.Text;
import dev.handoff.runtime.problem.ProblemException;
import dev.handoff.runtime.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Quick replies: shared ones (supervisors manage them) and each agent's personal ones. */
@Path("/api/v1/agent/quick-replies")
@RolesAllowed({"agent", "supervisor"})
@Produces(MediaType.APPLICATION_JSON)
public class QuickRepliesResource {
    private final ManageQuickRepliesUseCase replies;
    private final Caller caller;
    private final PublicUrls urls;

    public QuickRepliesResource(ManageQuickRepliesUseCase replies, Caller caller, PublicUrls urls) {
        this.replies = replies;
        this.caller = caller;
        this.urls = urls;
    }

    @GET
    public List<QuickReplyBody> list() {
        return replies.list(Actors.of(caller)).stream().map(QuickReplyBody::of).toList();
    }

    @POST
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuickReplyBody.class)))
    public Response create(@NotNull(message = "a JSON body is required") @Valid QuickReplyInput body) {
        QuickReply created = replies.create(command(body));
        return Response.created(urls.of("/api/v1/agent/quick-replies/" + created.id()))
                .entity(QuickReplyBody.of(created))
                .build();
    }

    @PUT
    @Path("{id}")
    public QuickReplyBody update(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid QuickReplyInput body) {
        return QuickReplyBody.of(replies.update(replyId(id), command(body)));
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
        replies.delete(Actors.of(caller), replyId(id));
    }

    private SaveQuickReplyCommand command(QuickReplyInput body) {
        return new SaveQuickReplyCommand(Actors.of(caller), scope(body.scope()), body.shortcut(), body.text());
    }

    private static QuickReplyScope scope(String value) {
        if (value == null) {
            return null;
        }
        try {
            return QuickReplyScope.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("scope", "scope must be SHARED or PERSONAL");
        }
    }

    /** A malformed id names no reply the caller has. */
    static UUID replyId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ChatProblemMappers.quickReplyNotFound());
        }
    }

    /** A reply as written: scope SHARED or PERSONAL (required to create; cannot change afterwards). */
    @Schema(example = """
            {"shortcut": "hi", "text": "Hello, my name is Lerato. How can I help?", "scope": "SHARED"}""")
    public record QuickReplyInput(
            @Text(max = QuickReply.MAX_SHORTCUT, trimmed = true) @Schema(maxLength = QuickReply.MAX_SHORTCUT)
            String shortcut,

            @Text(max = QuickReply.MAX_TEXT, lines = InputRules.Lines.MULTI, trimmed = true)
            @Schema(maxLength = QuickReply.MAX_TEXT)
            String text,

            @Text(max = 8) @Schema(maxLength = 8, description = "SHARED or PERSONAL")
            String scope) {}

    /** A reply as listed; {@code ownerId} only for personal ones. */
    public record QuickReplyBody(
            String id,
            String shortcut,
            String text,
            String scope,
            @Schema(nullable = true) String ownerId,
            Instant createdAt,
            Instant updatedAt) {
        static QuickReplyBody of(QuickReply r) {
            return new QuickReplyBody(
                    r.id().toString(),
                    r.shortcut(),
                    r.text(),
                    r.scope().name(),
                    r.ownerId() == null ? null : r.ownerId().value(),
                    r.createdAt(),
                    r.updatedAt());
        }
    }
}
