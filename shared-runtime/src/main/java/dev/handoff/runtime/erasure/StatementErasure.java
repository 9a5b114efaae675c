package dev.handoff.runtime.erasure;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;

/**
 * An erasure made of SQL statements run in order on the transaction's connection. Each statement has exactly three
 * parameters, in this order: the tenant, the conversation ids (a varchar array, for {@code = any(?)}) and the
 * cutoff (a timestamptz, null for none), e.g.
 * {@code update t set name = null where tenant_id = ? and (conversation_id = any(?) or started_at < ?)}.
 * The last statement is the one that touches the conversations themselves: its row count is the answer.
 * Subclasses are {@code @Singleton} beans (a normal scope would need a no-argument constructor for its proxy).
 */
public abstract class StatementErasure implements VisitorDataEraser {
    private final EntityManager entityManager;
    private final List<String> statements;

    protected StatementErasure(EntityManager entityManager, String... statements) {
        this.entityManager = entityManager;
        this.statements = List.of(statements);
    }

    @Override
    public int erase(TenantId tenant, List<ConversationId> conversations, Instant startedBefore) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Array ids = connection.createArrayOf(
                    "varchar", conversations.stream().map(ConversationId::value).toArray());
            int count = 0;
            for (String sql : statements) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, tenant.value());
                    statement.setArray(2, ids);
                    // "x < null" is never true: without a cutoff only the listed conversations match.
                    statement.setObject(
                            3,
                            startedBefore == null ? null : startedBefore.atOffset(ZoneOffset.UTC),
                            Types.TIMESTAMP_WITH_TIMEZONE);
                    count = statement.executeUpdate();
                }
            }
            return count;
        });
    }
}
