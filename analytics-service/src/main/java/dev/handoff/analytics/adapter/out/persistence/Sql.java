package dev.handoff.analytics.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain JDBC on the transaction's connection, for the statements analytics runs most (upserts per message, batch
 * inserts of rollups, reads of thousands of rollup rows), where an ORM adds cost and nothing else.
 */
@ApplicationScoped
public class Sql {
    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Work on the current transaction's connection (the same one every call of the transaction gets). */
    public <T> T run(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("analytics storage failed: " + e.getMessage(), e);
        }
    }

    /** A statement with its parameters set in order. */
    public static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            statement.setObject(i + 1, parameter instanceof Instant instant ? at(instant) : parameter);
        }
        return statement;
    }

    /** Runs an insert, update or delete and returns how many rows it touched. */
    public int update(String sql, Object... parameters) {
        return run(c -> {
            try (PreparedStatement statement = prepare(c, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    /** An instant as the driver sends timestamptz values without the JVM's time zone: with its offset. */
    public static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** Every row of a query, mapped. */
    public static <T> List<T> list(Connection connection, Rows<T> mapper, String sql, Object... parameters)
            throws SQLException {
        List<T> list = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, parameters); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                list.add(mapper.map(rows));
            }
        }
        return list;
    }

    /** Every row of a query on the transaction's connection, mapped. */
    public <T> List<T> list(Rows<T> mapper, String sql, Object... parameters) {
        return run(c -> list(c, mapper, sql, parameters));
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    /** Maps the current row. */
    @FunctionalInterface
    public interface Rows<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Something done with a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }
}
