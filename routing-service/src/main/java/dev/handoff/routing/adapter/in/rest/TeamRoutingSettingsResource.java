package dev.handoff.routing.adapter.in.rest;

import dev.handoff.routing.application.port.in.ConfigureRoutingSettingsUseCase;
import dev.handoff.routing.application.port.in.TeamRoutingSettings;
import dev.handoff.routing.domain.model.AssignmentStrategy;
import dev.handoff.routing.domain.model.QueueRules;
import dev.handoff.routing.domain.model.TeamStrategy;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.TeamId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Supervisors read and set a team's strategy overrides; what a team does not set, it inherits from the tenant. */
@Path("/api/v1/routing/teams/{team}/settings")
@RolesAllowed("supervisor")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamRoutingSettingsResource {
    private final ConfigureRoutingSettingsUseCase settings;
    private final Caller caller;

    public TeamRoutingSettingsResource(ConfigureRoutingSettingsUseCase settings, Caller caller) {
        this.settings = settings;
        this.caller = caller;
    }

    @GET
    public TeamSettingsBody read(@PathParam("team") TeamId team) {
        return TeamSettingsBody.of(settings.teamSettings(caller.tenant(), team));
    }

    /** Replaces the team's overrides: a missing (or null) field inherits the tenant's value; {@code {}} clears all. */
    @PUT
    public TeamSettingsBody update(@PathParam("team") TeamId team, @NotNull @Valid OverridesBody body) {
        TeamStrategy overrides = new TeamStrategy(
                body.strategy() == null ? null : AssignmentStrategy.valueOf(body.strategy()),
                body.offerTimeoutSeconds());
        Integer overflow = body.overflowAfterSeconds();
        if (overflow != null && overflow != 0 && overflow < QueueRules.MIN_OVERFLOW_SECONDS) {
            throw RoutingSettingsResource.overflowProblem("overflowAfterSeconds");
        }
        return TeamSettingsBody.of(settings.setTeamSettings(caller.tenant(), team, overrides, overflow));
    }

    /** The team's own values; null inherits. */
    @Schema(example = """
            {"strategy": "AUTO", "offerTimeoutSeconds": 20, "overflowAfterSeconds": 120}""")
    public record OverridesBody(
            @Pattern(regexp = RoutingSettingsResource.STRATEGIES, message = RoutingSettingsResource.STRATEGY_MESSAGE)
            String strategy,

            @Min(5) @Max(600) Integer offerTimeoutSeconds,
            @Min(0) @Max(QueueRules.MAX_OVERFLOW_SECONDS) Integer overflowAfterSeconds) {}

    /**
     * A team's settings.
     *
     * @param strategy the team's own strategy, null when it inherits the tenant's
     * @param offerTimeoutSeconds the team's own offer timeout, null when it inherits the tenant's
     * @param effectiveStrategy what the team's queue is served by
     * @param effectiveOfferTimeoutSeconds how long its offers wait
     * @param overflowAfterSeconds the team's own overflow time (0: never), null when it inherits the tenant's
     * @param effectiveOverflowAfterSeconds after how long its waiting conversations go to every agent; 0: never
     */
    public record TeamSettingsBody(
            String team,
            @Schema(nullable = true) String strategy,
            @Schema(nullable = true) Integer offerTimeoutSeconds,
            String effectiveStrategy,
            int effectiveOfferTimeoutSeconds,
            @Schema(nullable = true) Integer overflowAfterSeconds,
            int effectiveOverflowAfterSeconds) {
        static TeamSettingsBody of(TeamRoutingSettings s) {
            return new TeamSettingsBody(
                    s.team().value(),
                    s.overrides().strategy() == null
                            ? null
                            : s.overrides().strategy().name(),
                    s.overrides().offerTimeoutSeconds(),
                    s.effective().strategy().name(),
                    s.effective().offerTimeoutSeconds(),
                    s.overflowAfterSeconds(),
                    s.effectiveOverflowAfterSeconds());
        }
    }
}
