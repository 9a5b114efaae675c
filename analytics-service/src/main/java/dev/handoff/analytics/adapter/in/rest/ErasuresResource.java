package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.application.port.in.ErasuresUseCase;
import dev.handoff.analytics.application.port.in.RequestErasureCommand;
import dev.handoff.analytics.domain.model.ErasureStatus;
import dev.handoff.runtime.input.Text;
import dev.handoff.runtime.problem.ProblemException;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.Identifier;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Supervisors ask every service to forget a visitor, and follow the confirmations. */
@Path("/api/v1/analytics/erasures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("supervisor")
public class ErasuresResource {
    private final ErasuresUseCase erasures;
    private final Caller caller;

    public ErasuresResource(ErasuresUseCase erasures, Caller caller) {
        this.erasures = erasures;
        this.caller = caller;
    }

    /** The visitor: the e-mail address their bot passed, their chats, or both. */
    @Schema(example = """
            {"visitorEmail": "thandi@example.org", "conversationIds": ["web-4711"]}""")
    public record RequestBody(
            @Email @Text(max = 320) @Schema(maxLength = 320) String visitorEmail,

            @Size(max = 1000, message = "at most 1000 conversations per request")
            List<String> conversationIds) {}

    /**
     * An erasure and its confirmations.
     *
     * @param status PENDING until every service in {@code awaiting} confirmed, then COMPLETED
     */
    public record StatusBody(
            UUID id,
            String kind,
            String status,
            Instant requestedAt,
            String requestedBy,
            List<String> conversationIds,
            Instant startedBefore,
            List<ErasureStatus.Confirmation> confirmations,
            List<String> awaiting) {
        static StatusBody of(ErasureStatus s) {
            return new StatusBody(
                    s.request().id(),
                    s.request().kind().name(),
                    s.completed() ? "COMPLETED" : "PENDING",
                    s.request().requestedAt(),
                    s.request().requestedBy(),
                    s.request().conversations().stream()
                            .map(ConversationId::value)
                            .toList(),
                    s.request().startedBefore(),
                    s.confirmations(),
                    s.awaiting());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase a visitor's messages and personal data in every service (202: sent, follow its status)")
    @APIResponse(
            responseCode = "202",
            description = "Sent to every service; Location names the erasure to follow",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StatusBody.class)))
    public Response request(@NotNull(message = "a JSON body is required") @Valid RequestBody body) {
        List<String> ids = body.conversationIds() == null ? List.of() : body.conversationIds();
        if (body.visitorEmail() == null && ids.isEmpty()) {
            throw ProblemException.badRequest("Name the visitor: visitorEmail, conversationIds, or both.");
        }
        if (!ids.stream().allMatch(Identifier::isValid)) {
            throw ProblemException.badRequest("conversationIds must be conversation ids.");
        }
        ErasureStatus status = erasures.request(new RequestErasureCommand(
                caller.tenant(),
                body.visitorEmail(),
                ids.stream().map(ConversationId::of).toList(),
                caller.displayName()));
        return Response.accepted(StatusBody.of(status))
                .location(URI.create(
                        "/api/v1/analytics/erasures/" + status.request().id()))
                .build();
    }

    @GET
    @Operation(summary = "The tenant's latest erasures (visitors' and retention's), newest first")
    public List<StatusBody> recent() {
        return erasures.recent(caller.tenant()).stream().map(StatusBody::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Where an erasure stands")
    public StatusBody status(
            @Parameter(description = "The erasure's id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            // not echoed: only ids that passed the id rule are (docs/api-errors.md)
            throw ProblemException.notFound("There is no such erasure request.");
        }
        return StatusBody.of(erasures.status(caller.tenant(), uuid));
    }
}
