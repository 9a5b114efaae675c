package dev.handoff.routing.application.port.in;

import dev.handoff.routing.domain.model.TeamStrategy;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;

/** Supervisors read and set the tenant's routing rules, and teams' strategy overrides. */
public interface ConfigureRoutingSettingsUseCase {
    /** The tenant's rules; defaults ({@code KEEP}, {@code MANUAL}, 30 s) where a supervisor chose nothing. */
    RoutingSettings settings(TenantId tenant);

    /** Changes the given rules, keeps the others; returns the rules now in force. */
    RoutingSettings change(TenantId tenant, ChangeRoutingSettingsCommand command);

    TeamRoutingSettings teamSettings(TenantId tenant, TeamId team);

    /**
     * Replaces the team's overrides (null fields inherit the tenant's) and its overflow time (null: the tenant's, 0:
     * never); returns the team's settings now.
     */
    TeamRoutingSettings setTeamSettings(
            TenantId tenant, TeamId team, TeamStrategy overrides, Integer overflowAfterSeconds);
}
