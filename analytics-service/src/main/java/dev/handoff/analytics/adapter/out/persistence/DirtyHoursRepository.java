package dev.handoff.analytics.adapter.out.persistence;

import static dev.handoff.analytics.adapter.out.persistence.Sql.prepare;

import dev.handoff.analytics.application.port.out.DirtyHoursPort;
import dev.handoff.analytics.domain.model.TenantHour;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Marked hours in PostgreSQL. */
@ApplicationScoped
public class DirtyHoursRepository implements DirtyHoursPort {
    /** Any constant both replicas agree on: the advisory lock that gives one of them the rebuild. */
    private static final long REBUILD_LOCK = 0x616e616c79746963L;

    private final Sql sql;

    public DirtyHoursRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void mark(TenantId tenant, Collection<Instant> hours) {
        // An update (not "do nothing") waits for a rebuild holding the row, and marks the hour again after it: the
        // rebuild may have read the facts before this transaction's changes were committed.
        sql.run(c -> {
            try (PreparedStatement upsert = c.prepareStatement("insert into rollup_dirty as d (tenant_id, hour_start)"
                    + " values (?, ?) on conflict (tenant_id, hour_start) do update set version = d.version + 1")) {
                for (Instant hour : hours) {
                    upsert.setString(1, tenant.value());
                    upsert.setObject(2, Sql.at(hour));
                    upsert.addBatch();
                }
                return upsert.executeBatch();
            }
        });
    }

    @Override
    public List<TenantHour> claim(int limit) {
        // The order consumers mark in (DirtyHours): a rebuild and a consumer never wait for each other in a cycle.
        return sql.list(
                row -> new TenantHour(TenantId.of(row.getString(1)), Sql.instant(row, "hour_start")),
                "select tenant_id, hour_start from rollup_dirty order by tenant_id, hour_start limit ? for update",
                limit);
    }

    @Override
    public void clear(List<TenantHour> hours) {
        sql.run(c -> {
            try (PreparedStatement delete =
                    c.prepareStatement("delete from rollup_dirty where tenant_id = ? and hour_start = ?")) {
                for (TenantHour hour : hours) {
                    delete.setString(1, hour.tenantId().value());
                    delete.setObject(2, Sql.at(hour.hour()));
                    delete.addBatch();
                }
                return delete.executeBatch();
            }
        });
    }

    @Override
    public boolean anyMarked(TenantId tenant, Instant from, Instant to) {
        return !sql.list(
                        row -> row.getInt(1),
                        "select 1 from rollup_dirty where tenant_id = ? and hour_start >= ?"
                                + " and hour_start < ? limit 1",
                        tenant.value(),
                        from,
                        to)
                .isEmpty();
    }

    @Override
    public boolean takeRebuildTurn() {
        return sql.run(c -> {
            try (PreparedStatement lock = prepare(c, "select pg_try_advisory_xact_lock(?)", REBUILD_LOCK);
                    ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        });
    }
}
