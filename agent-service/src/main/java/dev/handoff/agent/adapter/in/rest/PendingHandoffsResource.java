package dev.handoff.agent.adapter.in.rest;

import dev.handoff.agent.application.port.in.ListPendingHandoffsUseCase;
import dev.handoff.agent.domain.model.PendingHandoff;
import dev.handoff.runtime.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Pending requests tab: conversations waiting for an agent of the caller's tenant, in the team queues the
 * caller serves (requests without a team are everyone's; supervisors and tokens without teams see all).
 */
@Path("/api/v1/agent/handoffs/pending")
@RolesAllowed({"agent", "supervisor"})
@Produces(MediaType.APPLICATION_JSON)
public class PendingHandoffsResource {
    private final ListPendingHandoffsUseCase pending;
    private final Caller caller;
    private final SecurityIdentity identity;

    public PendingHandoffsResource(ListPendingHandoffsUseCase pending, Caller caller, SecurityIdentity identity) {
        this.pending = pending;
        this.caller = caller;
        this.identity = identity;
    }

    @GET
    public List<PendingHandoffBody> pending() {
        return pending.pending(Actors.profile(caller, identity.getRoles())).stream()
                .map(PendingHandoffBody::of)
                .toList();
    }

    /** One pending request as the console shows it. */
    public record PendingHandoffBody(
            String conversationId,
            String visitorName,
            String botId,
            Instant waitingSince,
            @Schema(nullable = true) String preview,
            int priority,
            @Schema(nullable = true) String team,
            @Schema(nullable = true) String botName,
            @Schema(nullable = true) String botAvatarUrl,
            int waitingMessages) {
        /** The list line; the console socket sends the same fields in its pending.added frames. */
        public static PendingHandoffBody of(PendingHandoff p) {
            return new PendingHandoffBody(
                    p.conversationId().value(),
                    p.visitorName(),
                    p.botId().value(),
                    p.waitingSince(),
                    p.preview(),
                    p.priority(),
                    p.team() == null ? null : p.team().value(),
                    p.botName(),
                    p.botAvatarUrl(),
                    p.waitingMessages());
        }
    }
}
