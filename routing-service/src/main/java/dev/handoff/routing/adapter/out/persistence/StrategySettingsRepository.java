package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.StrategySettingsPort;
import dev.handoff.routing.domain.model.AssignmentStrategy;
import dev.handoff.routing.domain.model.StrategySettings;
import dev.handoff.routing.domain.model.TeamStrategy;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/** Strategy settings in {@code routing_settings} (the tenant's) and {@code team_routing_settings} (overrides). */
@ApplicationScoped
public class StrategySettingsRepository implements StrategySettingsPort {
    private final EntityManager entityManager;

    public StrategySettingsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public StrategySettings tenantStrategy(TenantId tenant) {
        // Null columns (a tenant that only set other rules) mean the defaults.
        return Rows.first(Rows.query(
                                entityManager,
                                "select strategy, offer_timeout_seconds from routing_settings where tenant_id = ?1")
                        .setParameter(1, tenant.value()))
                .map(row ->
                        StrategySettings.DEFAULT.with(strategy(row), Rows.integerOrNull(row, "offer_timeout_seconds")))
                .orElse(StrategySettings.DEFAULT);
    }

    @Override
    public void saveTenantStrategy(TenantId tenant, StrategySettings settings) {
        entityManager
                .createNativeQuery("""
                        insert into routing_settings (tenant_id, strategy, offer_timeout_seconds) values (?1, ?2, ?3)
                        on conflict (tenant_id) do update set strategy = excluded.strategy,
                            offer_timeout_seconds = excluded.offer_timeout_seconds""")
                .setParameter(1, tenant.value())
                .setParameter(2, settings.strategy().name())
                .setParameter(3, settings.offerTimeoutSeconds())
                .executeUpdate();
    }

    @Override
    public TeamStrategy teamStrategy(TenantId tenant, TeamId team) {
        return Rows.first(Rows.query(
                                entityManager,
                                "select strategy, offer_timeout_seconds from team_routing_settings where tenant_id = ?1 and team = ?2")
                        .setParameter(1, tenant.value())
                        .setParameter(2, team.value()))
                .map(row -> new TeamStrategy(strategy(row), Rows.integerOrNull(row, "offer_timeout_seconds")))
                .orElse(TeamStrategy.INHERIT_ALL);
    }

    @Override
    public void saveTeamStrategy(TenantId tenant, TeamId team, TeamStrategy overrides) {
        entityManager
                .createNativeQuery("""
                        insert into team_routing_settings (tenant_id, team, strategy, offer_timeout_seconds)
                        values (?1, ?2, cast(?3 as varchar), cast(?4 as integer))
                        on conflict (tenant_id, team) do update set strategy = excluded.strategy,
                            offer_timeout_seconds = excluded.offer_timeout_seconds""")
                .setParameter(1, tenant.value())
                .setParameter(2, team.value())
                .setParameter(
                        3,
                        overrides.strategy() == null
                                ? null
                                : overrides.strategy().name())
                .setParameter(4, overrides.offerTimeoutSeconds())
                .executeUpdate();
        deleteIfInheritingAll(entityManager, tenant, team);
    }

    /** A team row whose every column inherits says nothing: it goes. */
    static void deleteIfInheritingAll(EntityManager entityManager, TenantId tenant, TeamId team) {
        entityManager
                .createNativeQuery("""
                        delete from team_routing_settings where tenant_id = ?1 and team = ?2
                          and strategy is null and offer_timeout_seconds is null and overflow_after_seconds is null""")
                .setParameter(1, tenant.value())
                .setParameter(2, team.value())
                .executeUpdate();
    }

    private static AssignmentStrategy strategy(Tuple row) {
        return Rows.id(row, "strategy", AssignmentStrategy::valueOf);
    }
}
