package dev.handoff.testinfra.hexagon.leaky.adapter.out.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** A metrics adapter that reads when a conversation was queued from the database: the leak the rule must catch. */
public class AcceptWaitTimer {
    private final DataSource database;

    public AcceptWaitTimer(DataSource database) {
        this.database = database;
    }

    public boolean queued(String conversationId) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select enqueued_at from queue_entry where conversation_id = ?")) {
            select.setString(1, conversationId);
            return select.executeQuery().next();
        }
    }
}
