package dev.handoff.analytics.adapter.out.persistence;

import dev.handoff.analytics.application.port.out.RetentionPoliciesPort;
import dev.handoff.analytics.domain.model.RetentionPolicy;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Retention periods in PostgreSQL, in seconds. */
@ApplicationScoped
public class RetentionPoliciesRepository implements RetentionPoliciesPort {
    private static final String SELECT = "select tenant_id, keep_seconds, changed_at, changed_by from retention_policy";
    private final Sql sql;

    public RetentionPoliciesRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<RetentionPolicy> find(TenantId tenant) {
        return sql.list(RetentionPoliciesRepository::policy, SELECT + " where tenant_id = ?", tenant.value()).stream()
                .findFirst();
    }

    @Override
    public void save(RetentionPolicy p) {
        sql.update(
                "insert into retention_policy (tenant_id, keep_seconds, changed_at, changed_by) values (?, ?, ?, ?)"
                        + " on conflict (tenant_id) do update set keep_seconds = excluded.keep_seconds,"
                        + " changed_at = excluded.changed_at, changed_by = excluded.changed_by",
                p.tenantId().value(),
                p.keep().getSeconds(),
                p.changedAt(),
                p.changedBy());
    }

    @Override
    public void remove(TenantId tenant) {
        sql.update("delete from retention_policy where tenant_id = ?", tenant.value());
    }

    @Override
    public List<RetentionPolicy> all() {
        return sql.list(RetentionPoliciesRepository::policy, SELECT + " order by tenant_id");
    }

    private static RetentionPolicy policy(ResultSet row) throws SQLException {
        return new RetentionPolicy(
                TenantId.of(row.getString("tenant_id")),
                Duration.ofSeconds(row.getLong("keep_seconds")),
                Sql.instant(row, "changed_at"),
                row.getString("changed_by"));
    }
}
