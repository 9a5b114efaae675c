package dev.handoff.analytics.adapter.out.persistence;

import dev.handoff.analytics.domain.model.QueryTimedOutException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Plain JDBC on the transaction's connection, for the statements analytics runs most (upserts per message, batch
 * inserts of rollups, reads of thousands of rollup rows), where an ORM adds cost and nothing else.
 */
@ApplicationScoped
public class Sql {
    /** PostgreSQL's SQLSTATE of a statement cancelled, here by statement_timeout. */
    private static final String QUERY_CANCELED = "57014";

    private final DataSource dataSource;
    private final Duration readTimeout;

    public Sql(
            DataSource dataSource,
            @ConfigProperty(name = "analytics.queries.statement-timeout", defaultValue = "10s") Duration readTimeout) {
        this.dataSource = dataSource;
        this.readTimeout = readTimeout;
    }

    /**
     * Work for someone waiting on the answer (reports, searches, transcripts): from here to the end of the
     * transaction each statement is cancelled after the statement timeout, well before the transaction's own, and
     * that becomes a {@link QueryTimedOutException} (a 503) instead of a request dying with its transaction.
     */
    public <T> T read(Work<T> work) {
        return run(c -> {
            try (Statement limit = c.createStatement()) {
                limit.execute("set local statement_timeout = " + readTimeout.toMillis());
            }
            try {
                return work.on(c);
            } catch (SQLException e) {
                if (QUERY_CANCELED.equals(e.getSQLState())) {
                    throw new QueryTimedOutException(readTimeout);
                }
                throw e;
            }
        });
    }

    /** Every row of a query for someone waiting on the answer (see {@link #read}). */
    public <T> List<T> readList(Rows<T> mapper, String sql, Object... parameters) {
        return read(c -> list(c, mapper, sql, parameters));
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
        try (PreparedStatement select = prepare(connection, sql, parameters);
                ResultSet rows = select.executeQuery()) {
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
