package dev.handoff.handoff.adapter.in.rest;

import dev.handoff.handoff.application.port.in.ConfigureBotUseCase;
import dev.handoff.handoff.application.port.in.ReadBotSettingsUseCase;
import dev.handoff.handoff.domain.model.Availability;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.BotId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Supervisors set how each bot hands off; bots ask whether humans are reachable. */
@Path("/api/v1/bots/{botId}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BotSettingsResource {
    private final ConfigureBotUseCase configure;
    private final ReadBotSettingsUseCase read;
    private final Caller caller;

    public BotSettingsResource(ConfigureBotUseCase configure, ReadBotSettingsUseCase read, Caller caller) {
        this.configure = configure;
        this.read = read;
        this.caller = caller;
    }

    @GET
    @Path("/settings")
    @RolesAllowed("supervisor")
    public BotSettingsBody settings(@PathParam("botId") BotId botId) {
        return BotSettingsMapping.toBody(read.settings(caller.tenant(), botId));
    }

    @PUT
    @Path("/settings")
    @RolesAllowed("supervisor")
    public BotSettingsBody configure(
            @PathParam("botId") BotId botId,
            @NotNull(message = "a JSON body is required") @Valid BotSettingsBody body) {
        return BotSettingsMapping.toBody(
                configure.configure(BotSettingsMapping.toDomain(caller.tenant(), botId, body)));
    }

    @GET
    @Path("/availability")
    @RolesAllowed({"bot", "supervisor"})
    public AvailabilityBody availability(@PathParam("botId") BotId botId) {
        BotId bot = caller.hasRole("supervisor") ? botId : BotHandoffResource.BotPaths.botOfCaller(botId, caller);
        Availability a = read.availability(caller.tenant(), bot);
        return new AvailabilityBody(a.open(), a.reason().name(), a.offlineMessage(), a.nextOpening());
    }

    /** Whether a handoff would be accepted now. */
    public record AvailabilityBody(
            boolean open,
            String reason,
            @Schema(nullable = true) String offlineMessage,
            @Schema(nullable = true) java.time.Instant nextOpening) {}
}
