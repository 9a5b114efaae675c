package dev.handoff.analytics.adapter.out.persistence;

import static dev.handoff.analytics.adapter.out.persistence.Sql.prepare;

import dev.handoff.analytics.application.port.out.RollupStorePort;
import dev.handoff.analytics.domain.model.Dimension;
import dev.handoff.analytics.domain.model.Grain;
import dev.handoff.analytics.domain.model.RollupCounts;
import dev.handoff.analytics.domain.model.RollupKey;
import dev.handoff.analytics.domain.model.RollupPiece;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Rollup rows in PostgreSQL. A report reads one grain at a time with {@code bucket_start = any(...)}, which
 * PostgreSQL 17 answers in one pass over the primary key (tenant, dimension, grain, start, value).
 */
@ApplicationScoped
public class RollupRepository implements RollupStorePort {
    private static final String[] DIMENSIONS =
            Arrays.stream(Dimension.values()).map(Dimension::key).toArray(String[]::new);
    private static final String DELETE = "delete from metric_rollup where tenant_id = ? and dimension = any(?)"
            + " and grain = any(?) and bucket_start >= ? and bucket_start < ?";
    private static final String READ_ALL = "select dimension, " + RollupRows.COLUMNS + " from metric_rollup"
            + " where tenant_id = ? and dimension = any(?) and grain = ? and bucket_start >= ? and bucket_start < ?";
    /** Above this many starts of one grain, a report reads their range instead of a list. */
    private static final int RANGE_ABOVE = 400;

    static final String READ_RANGE = "select " + RollupRows.COLUMNS + " from metric_rollup where tenant_id = ?"
            + " and dimension = ? and grain = ? and bucket_start >= ? and bucket_start <= ?";
    static final String READ = "select " + RollupRows.COLUMNS + " from metric_rollup where tenant_id = ?"
            + " and dimension = ? and grain = ? and bucket_start = any(?)";
    private final Sql sql;

    public RollupRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void replace(
            TenantId tenant, List<Grain> grains, Instant from, Instant to, Map<RollupKey, RollupCounts> rows) {
        sql.run(c -> {
            String[] codes = grains.stream().map(Grain::code).toArray(String[]::new);
            try (PreparedStatement delete = prepare(
                    c,
                    DELETE,
                    tenant.value(),
                    c.createArrayOf("varchar", DIMENSIONS),
                    c.createArrayOf("bpchar", codes),
                    from,
                    to)) {
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(RollupRows.INSERT)) {
                for (Map.Entry<RollupKey, RollupCounts> row : rows.entrySet()) {
                    RollupRows.bind(insert, tenant, row.getKey(), row.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void addUp(
            TenantId tenant,
            Dimension dimension,
            String value,
            Collection<RollupPiece> pieces,
            Function<RollupKey, RollupCounts> into) {
        Map<Grain, List<Instant>> starts = new EnumMap<>(Grain.class);
        pieces.forEach(p -> starts.computeIfAbsent(p.grain(), g -> new java.util.ArrayList<>())
                .add(p.start()));
        sql.read(c -> {
            for (Map.Entry<Grain, List<Instant>> grain : starts.entrySet()) {
                readGrain(c, tenant, dimension, value, grain.getKey(), grain.getValue(), into);
            }
            return null;
        });
    }

    @Override
    public void addUpAll(
            TenantId tenant, Grain grain, Instant from, Instant to, Function<RollupKey, RollupCounts> into) {
        sql.run(c -> {
            try (PreparedStatement select = prepare(
                    c, READ_ALL, tenant.value(), c.createArrayOf("varchar", DIMENSIONS), grain.code(), from, to)) {
                select.setFetchSize(5000);
                try (ResultSet found = select.executeQuery()) {
                    while (found.next()) {
                        RollupRows.addTo(
                                found,
                                into.apply(new RollupKey(
                                        grain,
                                        Sql.instant(found, "bucket_start"),
                                        Dimension.ofKey(found.getString("dimension")),
                                        found.getString("dim_value"))));
                    }
                }
            }
            return null;
        });
    }

    private static void readGrain(
            Connection c,
            TenantId tenant,
            Dimension dimension,
            String value,
            Grain grain,
            List<Instant> starts,
            Function<RollupKey, RollupCounts> into)
            throws java.sql.SQLException {
        List<Instant> sorted = starts.stream().sorted().toList();
        Instant first = sorted.get(0);
        Instant last = sorted.get(sorted.size() - 1);
        // Many starts close together (a month by the hour) are read as one range, the rows between them skipped
        // before decoding: a list of thousands of values costs PostgreSQL more to plan than the range to read. Starts
        // spread out (5 hours of each day of a year) stay a list: the range would read four times the rows.
        boolean range = sorted.size() > RANGE_ABOVE
                && grain != Grain.MONTH
                && sorted.size() * 2L > Duration.between(first, last).dividedBy(grain.length()) + 1;
        Set<Instant> wanted = range ? new HashSet<>(sorted) : null;
        String query = (range ? READ_RANGE : READ) + (value == null ? "" : " and dim_value = ?");
        Object bounds = range
                ? null
                : c.createArrayOf("timestamptz", sorted.stream().map(Sql::at).toArray(OffsetDateTime[]::new));
        try (PreparedStatement select = range
                ? prepare(c, query, withValue(value, tenant.value(), dimension.key(), grain.code(), first, last))
                : prepare(c, query, withValue(value, tenant.value(), dimension.key(), grain.code(), bounds))) {
            select.setFetchSize(5000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Instant start = Sql.instant(rows, "bucket_start");
                    if (wanted == null || wanted.contains(start)) {
                        RollupRows.addTo(
                                rows, into.apply(new RollupKey(grain, start, dimension, rows.getString("dim_value"))));
                    }
                }
            }
        }
    }

    private static Object[] withValue(String value, Object... parameters) {
        if (value == null) {
            return parameters;
        }
        Object[] all = Arrays.copyOf(parameters, parameters.length + 1);
        all[parameters.length] = value;
        return all;
    }
}
