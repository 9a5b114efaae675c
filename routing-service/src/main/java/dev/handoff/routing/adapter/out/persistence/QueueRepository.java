package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.QueuePort;
import dev.handoff.routing.domain.model.QueueEntry;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** Queue entries in PostgreSQL; the unique conversation id makes enqueueing idempotent across replicas. */
@ApplicationScoped
public class QueueRepository implements QueuePort {
    private final EntityManager entityManager;

    public QueueRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean addIfAbsent(QueueEntry entry) {
        return entityManager
                        .createNativeQuery("""
                        insert into queue_entry (conversation_id, tenant_id, bot_id, team, priority, enqueued_at, status,
                                                 visitor_name, preview)
                        values (?1, ?2, ?3, ?4, ?5, ?6, 'WAITING', ?7, ?8)
                        on conflict (conversation_id) do nothing""")
                        .setParameter(1, entry.conversationId().value())
                        .setParameter(2, entry.tenantId().value())
                        .setParameter(3, entry.botId().value())
                        .setParameter(
                                4, entry.team() == null ? null : entry.team().value())
                        .setParameter(5, entry.priority())
                        .setParameter(6, Timestamp.from(entry.enqueuedAt()))
                        .setParameter(7, entry.visitorName())
                        .setParameter(8, entry.preview())
                        .executeUpdate()
                == 1;
    }

    @Override
    public int positionOf(ConversationId conversationId) {
        Optional<Tuple> me = Rows.first(Rows.query(entityManager, """
                        select tenant_id, team, priority, seq from queue_entry where conversation_id = ?1""").setParameter(1, conversationId.value()));
        if (me.isEmpty()) {
            return 1;
        }
        String team = Rows.text(me.get(), "team");
        // The queue named by equality, not "is not distinct from": only then does the in-line index hold the count
        // to the queue's own waiting entries instead of every entry ever queued.
        Query ahead = entityManager
                .createNativeQuery("select count(*) from queue_entry where tenant_id = :tenant and "
                        + (team == null ? "team is null" : "team = :team")
                        + " and status in ('WAITING', 'OFFERED')"
                        + " and (priority > :priority or (priority = :priority and seq < :seq))")
                .setParameter("tenant", Rows.text(me.get(), "tenant_id"))
                .setParameter("priority", Rows.integer(me.get(), "priority"))
                .setParameter("seq", Rows.whole(me.get(), "seq"));
        if (team != null) {
            ahead.setParameter("team", team);
        }
        return ((Number) ahead.getSingleResult()).intValue() + 1;
    }

    @Override
    public List<QueueEntry> waiting(TenantId tenant) {
        return Rows.all(Rows.query(entityManager, """
                        select conversation_id, tenant_id, bot_id, team, priority, enqueued_at, visitor_name, preview,
                               offered_to, overflowed_from
                        from queue_entry where tenant_id = ?1 and status in ('WAITING', 'OFFERED')
                        order by priority desc, seq""").setParameter(1, tenant.value())).stream()
                .map(QueueRepository::toEntry)
                .toList();
    }

    private static QueueEntry toEntry(Tuple row) {
        return new QueueEntry(
                ConversationId.of(Rows.text(row, "conversation_id")),
                TenantId.of(Rows.text(row, "tenant_id")),
                BotId.of(Rows.text(row, "bot_id")),
                Rows.id(row, "team", TeamId::of),
                Rows.integer(row, "priority"),
                Rows.instant(row, "enqueued_at"),
                Rows.text(row, "visitor_name"),
                Rows.text(row, "preview"),
                Rows.id(row, "offered_to", AgentId::of),
                Rows.id(row, "overflowed_from", TeamId::of));
    }
}
