package dev.handoff.routing.adapter.in.rest;

import dev.handoff.routing.application.port.in.ConfigureCapacityUseCase;
import dev.handoff.routing.domain.model.CapacitySettings;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.AgentId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Supervisors read and set how many chats agents may hold at once. */
@Path("/api/v1/routing/capacity")
@RolesAllowed("supervisor")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CapacityResource {
    private final ConfigureCapacityUseCase capacity;
    private final Caller caller;

    public CapacityResource(ConfigureCapacityUseCase capacity, Caller caller) {
        this.capacity = capacity;
        this.caller = caller;
    }

    @GET
    public CapacityBody read() {
        CapacitySettings settings = capacity.capacity(caller.tenant());
        return new CapacityBody(
                settings.defaultMaxChats(),
                settings.agents().entrySet().stream()
                        .map(e -> new AgentBody(
                                e.getKey().value(),
                                e.getValue().maxChats(),
                                e.getValue().activeChats()))
                        .toList());
    }

    @PUT
    public CapacityBody setDefault(@NotNull @Valid DefaultBody body) {
        capacity.setDefaultMaxChats(caller.tenant(), body.defaultMaxChats());
        return read();
    }

    @PUT
    @Path("/agents/{agentId}")
    public CapacityBody setAgent(@PathParam("agentId") AgentId agentId, @NotNull @Valid AgentLimitBody body) {
        capacity.setAgentMaxChats(caller.tenant(), agentId, body.maxChats());
        return read();
    }

    /** The tenant default for agents without their own limit. */
    @Schema(example = """
            {"defaultMaxChats": 5}""")
    public record DefaultBody(@NotNull @Min(0) @Max(100) Integer defaultMaxChats) {}

    /** An agent's own limit; null returns them to the tenant default. */
    @Schema(example = """
            {"maxChats": 3}""")
    public record AgentLimitBody(@Min(0) @Max(100) Integer maxChats) {}

    /** The tenant default and every agent routing knows of. */
    public record CapacityBody(int defaultMaxChats, List<AgentBody> agents) {}

    /** One agent: own limit (null: the default) and chats held now. */
    public record AgentBody(
            String agentId, @Schema(nullable = true) Integer maxChats, int activeChats) {}
}
