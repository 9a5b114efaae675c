package dev.handoff.analytics.adapter.out.persistence;

import dev.handoff.runtime.erasure.VisitorDataEraser;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Analytics' part of an erasure: the transcript (details, messages, steps, searchable words) goes; the fact, whose
 * figures the rollups are built from, stays, marked erased.
 */
@ApplicationScoped
public class AnalyticsDataEraser implements VisitorDataEraser {
    // Two index scans: the listed chats by primary key, retention's by the index of chats not yet erased.
    private static final String CHATS = "select conversation_id from conversation_fact where tenant_id = ?"
            + " and conversation_id = any(?) union select conversation_id from conversation_fact where tenant_id = ?"
            + " and started_at < ? and erased_at is null";
    private static final List<String> TRANSCRIPT =
            List.of("transcript_message", "conversation_step", "conversation_text", "conversation_detail");
    private final Sql sql;

    public AnalyticsDataEraser(Sql sql) {
        this.sql = sql;
    }

    @Override
    public int erase(TenantId tenant, List<ConversationId> conversations, Instant startedBefore) {
        return sql.run(c -> {
            Array ids = c.createArrayOf(
                    "varchar", conversations.stream().map(ConversationId::value).toArray());
            // With no cutoff, "started_at < null" is never true: only the listed chats are erased.
            Object[] chats = {tenant.value(), tenant.value(), ids, tenant.value(), Sql.at(startedBefore)};
            for (String table : TRANSCRIPT) {
                execute(
                        c,
                        "delete from " + table + " where tenant_id = ? and conversation_id in (" + CHATS + ")",
                        chats);
            }
            return execute(
                    c,
                    "update conversation_fact set erased_at = now() where tenant_id = ?"
                            + " and erased_at is null and conversation_id in (" + CHATS + ")",
                    chats);
        });
    }

    private static int execute(Connection c, String statement, Object... parameters) throws SQLException {
        try (PreparedStatement update = Sql.prepare(c, statement, parameters)) {
            return update.executeUpdate();
        }
    }
}
