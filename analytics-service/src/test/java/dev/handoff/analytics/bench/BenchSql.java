package dev.handoff.analytics.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The benchmark's own reads of the database. */
final class BenchSql {
    private BenchSql() {}

    static long count(String jdbc, String user, String password, String sql, String parameter) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc, user, password);
                PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** How many of the events analytics' inbox has taken. */
    static long processed(String jdbc, String user, String password, Collection<UUID> events) throws SQLException {
        return processedAt(jdbc, user, password, events).size();
    }

    /** When analytics' inbox took each event (the start of the transaction that applied it). */
    static Map<UUID, Instant> processedAt(String jdbc, String user, String password, Collection<UUID> events)
            throws SQLException {
        Map<UUID, Instant> processed = new HashMap<>();
        try (Connection c = DriverManager.getConnection(jdbc, user, password);
                PreparedStatement select = c.prepareStatement(
                        "select event_id, processed_at from analytics.processed_event" + " where event_id = any(?)")) {
            select.setArray(1, c.createArrayOf("uuid", events.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    processed.put(
                            rows.getObject(1, UUID.class),
                            rows.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
        }
        return processed;
    }
}
