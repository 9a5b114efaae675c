package dev.handoff.notification.adapter.in.rest;

import dev.handoff.notification.application.port.in.ListAgentContactsUseCase;
import dev.handoff.notification.domain.model.AgentContact;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.TeamId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The agents mails can reach, for supervisors: an agent without {@code email} never gets mail (their token had no
 * address), and {@code presence} says whether visitor messages are mailed to them (anything but ONLINE).
 */
@Path("/api/v1/notifications/agents")
@RolesAllowed("supervisor")
@Produces(MediaType.APPLICATION_JSON)
public class AgentContactsResource {
    private final ListAgentContactsUseCase agents;
    private final Caller caller;

    public AgentContactsResource(ListAgentContactsUseCase agents, Caller caller) {
        this.agents = agents;
        this.caller = caller;
    }

    @GET
    public List<AgentBody> agents() {
        return agents.agents(caller.tenant()).stream().map(AgentBody::of).toList();
    }

    /** One agent as mails see them. */
    public record AgentBody(
            String agentId,
            String displayName,
            @Schema(nullable = true) String email,
            String language,
            boolean supervisor,
            List<String> teams,
            @Schema(nullable = true) String presence,
            Instant presenceSince) {
        static AgentBody of(AgentContact a) {
            return new AgentBody(
                    a.agentId().value(),
                    a.displayName(),
                    a.email(),
                    a.locale(),
                    a.supervisor(),
                    a.teams().stream().map(TeamId::value).sorted().toList(),
                    a.presence() == null ? null : a.presence().name(),
                    a.presenceAt());
        }
    }
}
