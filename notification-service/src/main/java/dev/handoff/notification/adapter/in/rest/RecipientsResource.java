package dev.handoff.notification.adapter.in.rest;

import dev.handoff.notification.application.port.in.ManageRecipientsUseCase;
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

/** Supervisors choose who in their tenant is mailed about waiting requests, besides the agents. */
@Path("/api/v1/notifications/recipients")
@RolesAllowed("supervisor")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RecipientsResource {
    private final ManageRecipientsUseCase recipients;
    private final Caller caller;

    public RecipientsResource(ManageRecipientsUseCase recipients, Caller caller) {
        this.recipients = recipients;
        this.caller = caller;
    }

    @GET
    public RecipientsBody recipients() {
        return new RecipientsBody(recipients.recipients(caller.tenant()).emails());
    }

    @PUT
    public RecipientsBody replace(@NotNull(message = "a JSON body is required") @Valid RecipientsBody body) {
        return new RecipientsBody(
                recipients.replace(caller.tenant(), body.emails()).emails());
    }
}
