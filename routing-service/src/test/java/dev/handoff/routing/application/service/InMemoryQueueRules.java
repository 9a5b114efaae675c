package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.QueueRulesPort;
import dev.handoff.routing.domain.model.QueueRules;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.util.HashMap;
import java.util.Map;

/** Tenants' lapse and overflow rules in maps, for use-case tests. */
final class InMemoryQueueRules implements QueueRulesPort {
    final Map<TenantId, QueueRules> rules = new HashMap<>();
    final Map<String, Integer> teamOverflow = new HashMap<>();

    @Override
    public QueueRules rules(TenantId tenant) {
        return rules.getOrDefault(tenant, QueueRules.DEFAULT);
    }

    @Override
    public void saveRules(TenantId tenant, QueueRules changed) {
        rules.put(tenant, changed);
    }

    @Override
    public Integer teamOverflow(TenantId tenant, TeamId team) {
        return teamOverflow.get(tenant.value() + "/" + team.value());
    }

    @Override
    public void saveTeamOverflow(TenantId tenant, TeamId team, Integer seconds) {
        if (seconds == null) {
            teamOverflow.remove(tenant.value() + "/" + team.value());
        } else {
            teamOverflow.put(tenant.value() + "/" + team.value(), seconds);
        }
    }
}
