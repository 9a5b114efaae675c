package dev.handoff.routing.adapter.in.rest;

import dev.handoff.routing.application.port.in.ConfigureRoutingSettingsUseCase;
import dev.handoff.routing.domain.model.OnAgentUnavailable;
import dev.handoff.runtime.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Supervisors read and set the tenant's routing rules. */
@Path("/api/v1/routing/settings")
@RolesAllowed("supervisor")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoutingSettingsResource {
    private final ConfigureRoutingSettingsUseCase settings;
    private final Caller caller;

    public RoutingSettingsResource(ConfigureRoutingSettingsUseCase settings, Caller caller) {
        this.settings = settings;
        this.caller = caller;
    }

    @GET
    public SettingsBody read() {
        return new SettingsBody(settings.onAgentUnavailable(caller.tenant()).name());
    }

    @PUT
    public SettingsBody update(@NotNull @Valid SettingsBody body) {
        settings.setOnAgentUnavailable(caller.tenant(), OnAgentUnavailable.valueOf(body.onAgentUnavailable()));
        return read();
    }

    /**
     * The tenant's rules.
     *
     * @param onAgentUnavailable {@code KEEP}: agents who go away or offline keep their chats; {@code REQUEUE}: the
     *     chats go back to their queue
     */
    public record SettingsBody(
            @NotNull @Pattern(regexp = "KEEP|REQUEUE", message = "must be KEEP or REQUEUE") String onAgentUnavailable) {
    }
}
