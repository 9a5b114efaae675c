package dev.handoff.routing.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What routing last heard about an agent's availability. Reports may arrive out of order (a
 * redelivery, a slow replica), so only a report newer than the last one applied changes anything.
 *
 * @param statusSince when the agent entered the current status
 * @param changedAt when the newest applied report was made (its {@code occurredAt})
 */
public record AgentPresence(
        TenantId tenantId,
        AgentId agentId,
        String displayName,
        PresenceStatus status,
        Set<TeamId> teams,
        Instant statusSince,
        Instant changedAt) {
    public AgentPresence {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusSince, "statusSince");
        Objects.requireNonNull(changedAt, "changedAt");
        displayName = displayName == null || displayName.isBlank() ? agentId.value() : displayName;
        teams = teams == null ? Set.of() : Set.copyOf(teams);
    }

    /** The snapshot of an agent routing hears of for the first time. */
    public static AgentPresence firstReport(
            TenantId tenantId,
            AgentId agentId,
            String displayName,
            PresenceStatus status,
            Set<TeamId> teams,
            Instant occurredAt) {
        return new AgentPresence(tenantId, agentId, displayName, status, teams, occurredAt, occurredAt);
    }

    /**
     * The snapshot after {@code report}; empty when the report is not newer than this one, which then
     * stays as it is. A report repeating the status keeps the time the agent entered it.
     */
    public Optional<AgentPresence> updatedBy(AgentPresence report) {
        if (!report.changedAt().isAfter(changedAt)) {
            return Optional.empty();
        }
        Instant since = report.status() == status ? statusSince : report.changedAt();
        return Optional.of(new AgentPresence(
                tenantId, agentId, report.displayName(), report.status(), report.teams(), since, report.changedAt()));
    }

    /** Only online agents take new chats. */
    public boolean available() {
        return status == PresenceStatus.ONLINE;
    }

    /** Why this agent's chats go back to the queue, if the tenant requeues them. */
    public RequeueReason unavailabilityReason() {
        return status == PresenceStatus.AWAY ? RequeueReason.AGENT_AWAY : RequeueReason.AGENT_OFFLINE;
    }
}
