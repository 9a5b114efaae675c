package dev.handoff.routing.adapter.in.rest;

import dev.handoff.routing.application.port.in.TransferConversationCommand;
import dev.handoff.routing.application.port.in.TransferConversationUseCase;
import dev.handoff.routing.application.port.in.TransferResult;
import dev.handoff.routing.domain.model.TransferTarget;
import dev.handoff.routing.domain.model.Transferor;
import dev.handoff.runtime.problem.Problem;
import dev.handoff.runtime.problem.Problem.FieldError;
import dev.handoff.runtime.problem.ProblemException;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The holder of a chat, or a supervisor, hands it to another agent, back to the queue, or to a team. */
@Path("/api/v1/queue/{conversationId}/transfer")
@RolesAllowed({"agent", "supervisor"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransferResource {
    private final TransferConversationUseCase transfers;
    private final Caller caller;

    public TransferResource(TransferConversationUseCase transfers, Caller caller) {
        this.transfers = transfers;
        this.caller = caller;
    }

    @POST
    public TransferredBody transfer(@PathParam("conversationId") ConversationId conversationId, TransferBody body) {
        TransferTarget target = (body == null ? new TransferBody(null, null, null) : body).target();
        Transferor transferor = new Transferor(caller.agentId(), caller.tenant(), caller.hasRole("supervisor"));
        TransferResult result = transfers.transfer(new TransferConversationCommand(conversationId, transferor, target));
        return new TransferredBody(
                result.conversationId().value(),
                result.fromAgentId().value(),
                result.toAgentId() == null ? null : result.toAgentId().value(),
                result.status().name(),
                result.team() == null ? null : result.team().value());
    }

    /** Exactly one of: an agent to hand it to, {@code toQueue: true}, or a team whose queue takes it. */
    @Schema(example = """
            {"toTeam": "billing"}""")
    public record TransferBody(String toAgentId, Boolean toQueue, String toTeam) {
        TransferTarget target() {
            long given = Stream.of(toAgentId, toQueue, toTeam)
                    .filter(Objects::nonNull)
                    .count();
            if (given != 1) {
                throw invalid("Give exactly one of toAgentId, toQueue, toTeam.", List.of());
            }
            if (toAgentId != null) {
                return new TransferTarget.ToAgent(id("toAgentId", toAgentId, AgentId::of));
            }
            if (toTeam != null) {
                return new TransferTarget.ToTeam(id("toTeam", toTeam, TeamId::of));
            }
            if (!toQueue) {
                throw invalid("toQueue may only be true.", List.of(new FieldError("toQueue", "must be true")));
            }
            return new TransferTarget.ToQueue();
        }

        /** The id's own factory is the check; its refusal becomes this body's validation problem. */
        private static <T> T id(String field, String value, Function<String, T> factory) {
            try {
                return factory.apply(value);
            } catch (IllegalArgumentException e) {
                throw invalid(
                        field + " is not a valid id.",
                        List.of(new FieldError(field, "letters, digits and . _ : @ - only, at most 128")));
            }
        }

        private static ProblemException invalid(String detail, List<FieldError> errors) {
            return new ProblemException(
                    Problem.of(400, "validation", "Invalid request", detail).withErrors(errors));
        }
    }

    /**
     * Where the conversation is now.
     *
     * @param toAgentId its new holder, null when it went to a queue
     * @param status {@code ASSIGNED} or {@code WAITING}
     * @param team the queue it is in (null: the tenant-wide queue)
     */
    public record TransferredBody(
            String conversationId,
            @Schema(nullable = true) String fromAgentId,
            @Schema(nullable = true) String toAgentId,
            String status,
            @Schema(nullable = true) String team) {}
}
