package dev.handoff.routing.application.port.out;

import dev.handoff.routing.domain.model.QueueRules;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;

/** The tenant's rules on lapsed offers and team overflow, and teams' own overflow times. */
public interface QueueRulesPort {
    /** The tenant's rules; {@link QueueRules#DEFAULT} where nothing was chosen. */
    QueueRules rules(TenantId tenant);

    void saveRules(TenantId tenant, QueueRules rules);

    /** The team's own overflow time in seconds (0: never), or null: it inherits the tenant's. */
    Integer teamOverflow(TenantId tenant, TeamId team);

    /** Sets (or with null clears) the team's own overflow time. */
    void saveTeamOverflow(TenantId tenant, TeamId team, Integer seconds);
}
