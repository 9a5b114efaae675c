package dev.handoff.agent.adapter.out.persistence;

import dev.handoff.agent.application.port.out.AgentPresencePort;
import dev.handoff.agent.domain.model.AgentPresence;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Presence rows and open connections in PostgreSQL; the connection count is read under the agent's lock. */
@ApplicationScoped
public class AgentPresenceRepository implements AgentPresencePort {
    private final EntityManager em;

    public AgentPresenceRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public AgentPresence lockOrStart(AgentProfile profile) {
        em.createNativeQuery("insert into agent_presence (agent_id, tenant_id, display_name, teams, roles, "
                        + "status) values (?1, ?2, ?3, ?4, ?5, 'OFFLINE') on conflict (agent_id) do nothing")
                .setParameter(1, profile.agentId().value())
                .setParameter(2, profile.tenantId().value())
                .setParameter(3, profile.displayName())
                .setParameter(4, teamsOf(profile))
                .setParameter(5, SqlValues.jsonArray(profile.roles()))
                .executeUpdate();
        return lock(profile.agentId()).orElseThrow();
    }

    @Override
    public Optional<AgentPresence> lock(AgentId agentId) {
        return Optional.ofNullable(em.find(AgentPresenceEntity.class, agentId.value(), LockModeType.PESSIMISTIC_WRITE))
                .map(this::toDomain);
    }

    @Override
    public Optional<AgentPresence> find(AgentId agentId) {
        return Optional.ofNullable(em.find(AgentPresenceEntity.class, agentId.value()))
                .map(this::toDomain);
    }

    @Override
    public List<AgentPresence> connectedOrSeenSince(TenantId tenant, Instant seenSince) {
        return em.createQuery(
                        "from AgentPresenceEntity p where p.tenantId = ?1 and (p.lastSeenAt >= ?2 or p.agentId in "
                                + "(select c.agentId from AgentConnectionEntity c)) order by p.agentId",
                        AgentPresenceEntity.class)
                .setParameter(1, tenant.value())
                .setParameter(2, seenSince)
                .getResultStream()
                .map(this::toDomain)
                .toList();
    }

    @Override
    public void save(AgentPresence presence) {
        AgentProfile profile = presence.profile();
        AgentPresenceEntity row =
                em.find(AgentPresenceEntity.class, profile.agentId().value());
        row.tenantId = profile.tenantId().value();
        row.displayName = profile.displayName();
        row.teams = teamsOf(profile);
        row.roles = SqlValues.jsonArray(profile.roles());
        row.status = presence.status().name();
        row.lastSeenAt = presence.lastSeenAt().orElse(null);
        row.offlineDueAt = presence.offlineDueAt().orElse(null);
    }

    @Override
    public void addConnection(AgentId agentId, String connectionId, Instant now) {
        AgentConnectionEntity row = new AgentConnectionEntity();
        row.connectionId = connectionId;
        row.agentId = agentId.value();
        row.openedAt = now;
        row.confirmedAt = now;
        em.persist(row);
    }

    @Override
    public boolean removeConnection(String connectionId) {
        return em.createQuery("delete from AgentConnectionEntity c where c.connectionId = ?1")
                        .setParameter(1, connectionId)
                        .executeUpdate()
                > 0;
    }

    @Override
    public void confirmConnections(Collection<String> connectionIds, Instant now) {
        em.createQuery("update AgentConnectionEntity c set c.confirmedAt = ?1 where c.connectionId in ?2")
                .setParameter(1, now)
                .setParameter(2, connectionIds)
                .executeUpdate();
    }

    @Override
    public List<AgentId> removeConnectionsUnconfirmedSince(Instant confirmedBefore) {
        @SuppressWarnings("unchecked")
        List<String> agents = em.createNativeQuery(
                        "delete from agent_connection where confirmed_at < ?1 returning agent_id")
                .setParameter(1, confirmedBefore)
                .getResultList();
        return agents.stream().distinct().sorted().map(AgentId::of).toList();
    }

    @Override
    public List<AgentPresence> lockDueForOffline(Instant now) {
        // SKIP LOCKED: an agent another replica is expiring, or who is reconnecting right now, waits for the next run.
        @SuppressWarnings("unchecked")
        List<String> due = em.createNativeQuery("select agent_id from agent_presence where offline_due_at <= ?1 "
                        + "and status <> 'OFFLINE' order by agent_id for update skip locked")
                .setParameter(1, now)
                .getResultList();
        return due.stream()
                .map(id -> em.find(AgentPresenceEntity.class, id))
                .map(this::toDomain)
                .toList();
    }

    private AgentPresence toDomain(AgentPresenceEntity row) {
        long connections = em.createQuery(
                        "select count(c) from AgentConnectionEntity c where c.agentId = ?1", Long.class)
                .setParameter(1, row.agentId)
                .getSingleResult();
        Set<TeamId> teams =
                SqlValues.fromJsonArray(row.teams).stream().map(TeamId::of).collect(Collectors.toSet());
        AgentProfile profile = new AgentProfile(
                TenantId.of(row.tenantId),
                AgentId.of(row.agentId),
                row.displayName,
                SqlValues.fromJsonArray(row.roles),
                teams);
        return new AgentPresence(
                profile, PresenceStatus.valueOf(row.status), (int) connections, row.lastSeenAt, row.offlineDueAt);
    }

    private static String teamsOf(AgentProfile profile) {
        return SqlValues.jsonArray(profile.teams().stream().map(TeamId::value).toList());
    }
}
