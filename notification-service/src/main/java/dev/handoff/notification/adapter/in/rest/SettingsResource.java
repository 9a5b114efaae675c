package dev.handoff.notification.adapter.in.rest;

import dev.handoff.notification.application.port.in.ManageSettingsUseCase;
import dev.handoff.runtime.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Supervisors set when mails go and to whom: thresholds (per bot too), escalation, batching, idle time, language. */
@Path("/api/v1/notifications/settings")
@RolesAllowed("supervisor")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {
    private final ManageSettingsUseCase settings;
    private final Caller caller;

    public SettingsResource(ManageSettingsUseCase settings, Caller caller) {
        this.settings = settings;
        this.caller = caller;
    }

    @GET
    public SettingsBody settings() {
        return SettingsBody.of(settings.settings(caller.tenant()));
    }

    @PUT
    public SettingsBody replace(@NotNull(message = "a JSON body is required") @Valid SettingsBody body) {
        return SettingsBody.of(settings.replace(body.toDomain(caller.tenant())));
    }
}
