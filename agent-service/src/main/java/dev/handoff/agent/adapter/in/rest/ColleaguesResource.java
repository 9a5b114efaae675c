package dev.handoff.agent.adapter.in.rest;

import dev.handoff.agent.application.port.in.Colleague;
import dev.handoff.agent.application.port.in.ListColleaguesUseCase;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.TeamId;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Who a chat can be transferred to: the tenant's connected agents, online first, by name. */
@Path("/api/v1/agent/colleagues")
@RolesAllowed({"agent", "supervisor"})
@Produces(MediaType.APPLICATION_JSON)
public class ColleaguesResource {
    private final ListColleaguesUseCase colleagues;
    private final Caller caller;
    private final SecurityIdentity identity;

    public ColleaguesResource(ListColleaguesUseCase colleagues, Caller caller, SecurityIdentity identity) {
        this.colleagues = colleagues;
        this.caller = caller;
        this.identity = identity;
    }

    @GET
    public List<ColleagueBody> list() {
        return colleagues.colleagues(Actors.profile(caller, identity.getRoles())).stream()
                .map(ColleagueBody::of)
                .toList();
    }

    /** One colleague; {@code status} is ONLINE or AWAY (routing transfers only to ONLINE agents). */
    public record ColleagueBody(String agentId, String displayName, String status, List<String> teams) {
        static ColleagueBody of(Colleague c) {
            return new ColleagueBody(
                    c.agentId().value(),
                    c.displayName(),
                    c.status().name(),
                    c.teams().stream().map(TeamId::value).sorted().toList());
        }
    }
}
