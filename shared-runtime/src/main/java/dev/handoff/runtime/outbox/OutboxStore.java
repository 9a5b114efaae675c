package dev.handoff.runtime.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The outbox table in plain SQL on the current transaction's connection (Agroal hands every call of a JTA transaction
 * the same one). Fixed statements: Hibernate re-translated the bulk delete for every batch size and persisted each row
 * as an entity, which cost more CPU than the rest of the relay (decision 0089).
 */
@ApplicationScoped
public class OutboxStore {
    private static final String INSERT = "insert into outbox_message"
            + " (event_id, topic, message_key, event_type, payload, created_at) values (?, ?, ?, ?, ?, ?)";
    // One relay per schema at a time, so rows leave in seq order whichever replica relays them.
    private static final String LOCK = "select pg_advisory_xact_lock(hashtext(current_schema()))";
    private static final String OLDEST =
            "select seq, topic, message_key, event_type, payload from outbox_message order by seq limit ?";
    private static final String DELETE = "delete from outbox_message where seq = any(?)";

    /** A row waiting to be relayed: what its Kafka record needs, and its place in the outbox. */
    public record Row(long seq, String topic, String key, String eventType, String payload) {}

    private final DataSource dataSource;

    public OutboxStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Adds a row in the current transaction. */
    void insert(UUID eventId, String topic, String key, String eventType, String payload, Instant createdAt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, eventId);
            insert.setString(2, topic);
            insert.setString(3, key);
            insert.setString(4, eventType);
            insert.setString(5, payload);
            insert.setObject(6, createdAt.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("outbox: could not add event " + eventId, e);
        }
    }

    /** Takes the schema's relay lock until the current transaction ends, then reads the oldest rows in seq order. */
    public List<Row> lockAndReadOldest(int limit) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
                lock.executeQuery().close();
            }
            try (PreparedStatement select = connection.prepareStatement(OLDEST)) {
                select.setInt(1, limit);
                return rows(select);
            }
        } catch (SQLException e) {
            throw new PersistenceException("outbox: could not read the oldest rows", e);
        }
    }

    /** Deletes exactly these rows (those relayed), in the current transaction; rows added since stay. */
    public void delete(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Long[] seqs = rows.stream().map(Row::seq).toArray(Long[]::new);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(DELETE)) {
            Array array = connection.createArrayOf("bigint", seqs);
            delete.setArray(1, array);
            delete.executeUpdate();
            array.free();
        } catch (SQLException e) {
            throw new PersistenceException("outbox: could not delete relayed rows", e);
        }
    }

    private static List<Row> rows(PreparedStatement select) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(new Row(
                        result.getLong("seq"),
                        result.getString("topic"),
                        result.getString("message_key"),
                        result.getString("event_type"),
                        result.getString("payload")));
            }
        }
        return rows;
    }
}
