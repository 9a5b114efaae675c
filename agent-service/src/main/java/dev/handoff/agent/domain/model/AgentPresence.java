package dev.handoff.agent.domain.model;

import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An agent's availability as their open console connections show it, across every replica. The first
 * connection makes the agent ONLINE; the last one closing makes them OFFLINE only after a grace period,
 * so reloading the page or switching networks is not an absence.
 * Each method that changes the status returns the new status, to be announced.
 */
public final class AgentPresence {
    private AgentProfile profile;
    private PresenceStatus status;
    private int connections;
    private Instant lastSeenAt;
    private Instant offlineDueAt;

    public AgentPresence(
            AgentProfile profile, PresenceStatus status, int connections, Instant lastSeenAt, Instant offlineDueAt) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.status = Objects.requireNonNull(status, "status");
        this.connections = Math.max(0, connections);
        this.lastSeenAt = lastSeenAt;
        this.offlineDueAt = offlineDueAt;
    }

    /** An agent never seen before: offline, without connections. */
    public static AgentPresence newcomer(AgentProfile profile) {
        return new AgentPresence(profile, PresenceStatus.OFFLINE, 0, null, null);
    }

    /** A connection opened, with the profile of its ticket (the newest word on name and teams). */
    public Optional<PresenceStatus> connected(AgentProfile latest, Instant now) {
        profile = Objects.requireNonNull(latest, "latest");
        connections++;
        lastSeenAt = now;
        offlineDueAt = null;
        return moveTo(status == PresenceStatus.OFFLINE ? PresenceStatus.ONLINE : status);
    }

    /** A connection closed; the last one starts the grace period. */
    public void disconnected(Instant now, Duration grace) {
        connections = Math.max(0, connections - 1);
        lastSeenAt = now;
        connectionsLost(now, grace);
    }

    /** Connections vanished without closing (their replica died): the count was already lowered. */
    public void connectionsLost(Instant now, Duration grace) {
        if (connections == 0 && offlineDueAt == null && status != PresenceStatus.OFFLINE) {
            offlineDueAt = now.plus(grace);
        }
    }

    /** The agent chose ONLINE or AWAY from one of their consoles. */
    public Optional<PresenceStatus> choose(PresenceStatus wanted) {
        if (wanted == PresenceStatus.OFFLINE) {
            throw new IllegalArgumentException("OFFLINE follows the connections; it cannot be chosen");
        }
        return connections == 0 ? Optional.empty() : moveTo(wanted);
    }

    /** OFFLINE once the grace period is over, unless a connection came back meanwhile. */
    public Optional<PresenceStatus> expireGrace(Instant now) {
        if (connections > 0 || offlineDueAt == null || now.isBefore(offlineDueAt)) {
            return Optional.empty();
        }
        offlineDueAt = null;
        return moveTo(PresenceStatus.OFFLINE);
    }

    /**
     * Whether notices about a request of this tenant and team queue are kept for this agent: while they are
     * connected, and while they may still come back and resume ({@code keptSince} = now minus the retention).
     */
    public boolean follows(TenantId tenant, TeamId team, Instant keptSince) {
        return profile.tenantId().equals(tenant) && profile.serves(team) && reachableSince(keptSince);
    }

    /** Whether notices for this agent were kept all the time since {@code keptSince}, so a resume can be complete. */
    public boolean reachableSince(Instant keptSince) {
        return connections > 0 || (lastSeenAt != null && !lastSeenAt.isBefore(keptSince));
    }

    private Optional<PresenceStatus> moveTo(PresenceStatus next) {
        if (next == status) {
            return Optional.empty();
        }
        status = next;
        return Optional.of(next);
    }

    public AgentProfile profile() {
        return profile;
    }

    public PresenceStatus status() {
        return status;
    }

    public int connections() {
        return connections;
    }

    public Optional<Instant> lastSeenAt() {
        return Optional.ofNullable(lastSeenAt);
    }

    public Optional<Instant> offlineDueAt() {
        return Optional.ofNullable(offlineDueAt);
    }
}
