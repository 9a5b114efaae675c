package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.QueueRulesPort;
import dev.handoff.routing.domain.model.QueueRules;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The rules in {@code routing_settings} and teams' overflow times in {@code team_routing_settings}. */
@ApplicationScoped
public class QueueRulesRepository implements QueueRulesPort {
    private final EntityManager entityManager;

    public QueueRulesRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public QueueRules rules(TenantId tenant) {
        // Null columns (a tenant that only set other rules) mean the defaults.
        return Rows.first(Rows.query(
                                entityManager,
                                "select missed_offers_before_away, team_overflow_seconds, leave_message_after_seconds"
                                        + " from routing_settings where tenant_id = ?1")
                        .setParameter(1, tenant.value()))
                .map(row -> QueueRules.DEFAULT.with(
                        Rows.integerOrNull(row, "missed_offers_before_away"),
                        Rows.integerOrNull(row, "team_overflow_seconds"),
                        Rows.integerOrNull(row, "leave_message_after_seconds")))
                .orElse(QueueRules.DEFAULT);
    }

    @Override
    public void saveRules(TenantId tenant, QueueRules rules) {
        entityManager
                .createNativeQuery("""
                        insert into routing_settings (tenant_id, missed_offers_before_away, team_overflow_seconds,
                                                      leave_message_after_seconds)
                        values (?1, ?2, ?3, ?4)
                        on conflict (tenant_id) do update set missed_offers_before_away = excluded.missed_offers_before_away,
                            team_overflow_seconds = excluded.team_overflow_seconds,
                            leave_message_after_seconds = excluded.leave_message_after_seconds""")
                .setParameter(1, tenant.value())
                .setParameter(2, rules.missedOffersBeforeAway())
                .setParameter(3, rules.teamOverflowSeconds())
                .setParameter(4, rules.leaveMessageAfterSeconds())
                .executeUpdate();
    }

    @Override
    public Integer teamOverflow(TenantId tenant, TeamId team) {
        List<?> rows = entityManager
                .createNativeQuery(
                        "select overflow_after_seconds from team_routing_settings where tenant_id = ?1 and team = ?2")
                .setParameter(1, tenant.value())
                .setParameter(2, team.value())
                .getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : ((Number) rows.get(0)).intValue();
    }

    @Override
    public void saveTeamOverflow(TenantId tenant, TeamId team, Integer seconds) {
        entityManager
                .createNativeQuery("""
                        insert into team_routing_settings (tenant_id, team, overflow_after_seconds)
                        values (?1, ?2, cast(?3 as integer))
                        on conflict (tenant_id, team) do update set overflow_after_seconds = excluded.overflow_after_seconds""")
                .setParameter(1, tenant.value())
                .setParameter(2, team.value())
                .setParameter(3, seconds)
                .executeUpdate();
        StrategySettingsRepository.deleteIfInheritingAll(entityManager, tenant, team);
    }
}
