package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.AgentPresencePort;
import dev.handoff.routing.domain.model.AgentPresence;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The presence snapshot in PostgreSQL; the upsert only ever moves a row forward in time. */
@ApplicationScoped
public class AgentPresenceRepository implements AgentPresencePort {
    private static final String SELECT = """
            select display_name, status, array_to_string(teams, ',') as teams, status_since, changed_at
            from agent_presence where tenant_id = ?1 and agent_id = ?2""";

    private final EntityManager entityManager;

    public AgentPresenceRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<AgentPresence> lock(TenantId tenant, AgentId agent) {
        return read(SELECT + " for update", tenant, agent);
    }

    @Override
    public Optional<AgentPresence> find(TenantId tenant, AgentId agent) {
        return read(SELECT, tenant, agent);
    }

    @Override
    public void save(AgentPresence presence) {
        // Two replicas may insert an agent's first report at once: the newer one wins there too.
        entityManager
                .createNativeQuery("""
                        insert into agent_presence (tenant_id, agent_id, display_name, status, teams, status_since, changed_at)
                        values (?1, ?2, ?3, ?4, string_to_array(cast(?5 as varchar), ','), ?6, ?7)
                        on conflict (tenant_id, agent_id) do update set display_name = excluded.display_name,
                            status = excluded.status, teams = excluded.teams, status_since = excluded.status_since,
                            changed_at = excluded.changed_at
                        where agent_presence.changed_at < excluded.changed_at""")
                .setParameter(1, presence.tenantId().value())
                .setParameter(2, presence.agentId().value())
                .setParameter(3, fitted(presence.displayName()))
                .setParameter(4, presence.status().name())
                .setParameter(
                        5, presence.teams().stream().map(TeamId::value).sorted().collect(Collectors.joining(",")))
                .setParameter(6, Timestamp.from(presence.statusSince()))
                .setParameter(7, Timestamp.from(presence.changedAt()))
                .executeUpdate();
    }

    /** The column holds 200 characters; a longer name is cut rather than failing the whole report. */
    private static String fitted(String displayName) {
        return displayName.length() <= 200 ? displayName : displayName.substring(0, 200);
    }

    private Optional<AgentPresence> read(String sql, TenantId tenant, AgentId agent) {
        return Rows.first(Rows.query(entityManager, sql)
                        .setParameter(1, tenant.value())
                        .setParameter(2, agent.value()))
                .map(row -> new AgentPresence(
                        tenant,
                        agent,
                        Rows.text(row, "display_name"),
                        PresenceStatus.valueOf(Rows.text(row, "status")),
                        teams(Rows.text(row, "teams")),
                        Rows.instant(row, "status_since"),
                        Rows.instant(row, "changed_at")));
    }

    private static Set<TeamId> teams(String joined) {
        // Ids cannot contain commas (Identifier), so the join is lossless.
        return joined == null || joined.isEmpty()
                ? Set.of()
                : Arrays.stream(joined.split(",")).map(TeamId::of).collect(Collectors.toUnmodifiableSet());
    }
}
