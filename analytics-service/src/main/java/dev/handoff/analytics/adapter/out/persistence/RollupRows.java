package dev.handoff.analytics.adapter.out.persistence;

import dev.handoff.analytics.domain.model.Histogram;
import dev.handoff.analytics.domain.model.RollupCounts;
import dev.handoff.analytics.domain.model.RollupKey;
import dev.handoff.shared.id.TenantId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Writes and reads the columns of metric_rollup. */
final class RollupRows {
    static final String COLUMNS = "bucket_start, dim_value, requests, accepted, abandoned_left, abandoned_expired,"
            + " refused_outside_hours, transfers, rated, rating_sum, rating_1, rating_2, rating_3, rating_4, rating_5,"
            + " online_ms, occupied_ms, wait_ms, first_response_ms, resolution_ms, messages_per_chat, left_message";
    static final String INSERT = "insert into metric_rollup (tenant_id, dimension, grain, " + COLUMNS + ")"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String[] RATINGS = {"rating_1", "rating_2", "rating_3", "rating_4", "rating_5"};

    private RollupRows() {}

    static void bind(PreparedStatement insert, TenantId tenant, RollupKey key, RollupCounts c) throws SQLException {
        int i = 1;
        insert.setString(i++, tenant.value());
        insert.setString(i++, key.dimension().key());
        insert.setString(i++, key.grain().code());
        insert.setObject(i++, Sql.at(key.start()));
        insert.setString(i++, key.value());
        for (long count : new long[] {
            c.requests,
            c.accepted,
            c.abandonedLeft,
            c.abandonedExpired,
            c.refusedOutsideHours,
            c.transfers,
            c.rated,
            c.ratingSum
        }) {
            insert.setInt(i++, Math.toIntExact(count));
        }
        for (long rating : c.ratings) {
            insert.setInt(i++, Math.toIntExact(rating));
        }
        insert.setLong(i++, c.onlineMillis);
        insert.setLong(i++, c.occupiedMillis);
        for (Histogram histogram :
                new Histogram[] {c.waitMillis, c.firstResponseMillis, c.resolutionMillis, c.messagesPerChat}) {
            insert.setBytes(i++, histogram.encode());
        }
        insert.setInt(i, Math.toIntExact(c.leftMessage));
    }

    /** Adds the row to {@code c}: sketches straight from their bytes, no counts of the row made first. */
    static void addTo(ResultSet row, RollupCounts c) throws SQLException {
        c.requests += row.getInt("requests");
        c.accepted += row.getInt("accepted");
        c.abandonedLeft += row.getInt("abandoned_left");
        c.abandonedExpired += row.getInt("abandoned_expired");
        c.leftMessage += row.getInt("left_message");
        c.refusedOutsideHours += row.getInt("refused_outside_hours");
        c.transfers += row.getInt("transfers");
        c.rated += row.getInt("rated");
        c.ratingSum += row.getInt("rating_sum");
        for (int i = 0; i < 5; i++) {
            c.ratings[i] += row.getInt(RATINGS[i]);
        }
        c.onlineMillis += row.getLong("online_ms");
        c.occupiedMillis += row.getLong("occupied_ms");
        c.waitMillis.mergeEncoded(row.getBytes("wait_ms"));
        c.firstResponseMillis.mergeEncoded(row.getBytes("first_response_ms"));
        c.resolutionMillis.mergeEncoded(row.getBytes("resolution_ms"));
        c.messagesPerChat.mergeEncoded(row.getBytes("messages_per_chat"));
    }
}
