package dev.handoff.handoff.adapter.out.persistence;

import dev.handoff.handoff.application.port.out.QueueOutlookPort;
import dev.handoff.handoff.application.port.out.RecordDeliveryPort;
import dev.handoff.handoff.application.port.out.VisitorFeedPort;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The visitor feed in PostgreSQL, and what it tells about queues. */
@ApplicationScoped
public class VisitorFeedRepository implements VisitorFeedPort, RecordDeliveryPort, QueueOutlookPort {
    private final EntityManager em;

    public VisitorFeedRepository(EntityManager em) {
        this.em = em;
    }

    private static final String INSERT =
            "insert into visitor_feed (conversation_id, sequence, kind, message_id, occurred_at, payload)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6)";

    @Override
    public void append(VisitorFeedEntry entry) {
        insert(INSERT, entry);
    }

    // The feed's unique index of message ids answers in the insert itself, instead of a query before it; only that
    // index is the arbiter, so a number taken twice still fails.
    @Override
    public boolean appendMessage(VisitorFeedEntry.Message message) {
        return insert(
                        INSERT + " on conflict (conversation_id, message_id) where message_id is not null do nothing",
                        message)
                > 0;
    }

    private int insert(String statement, VisitorFeedEntry entry) {
        String messageId =
                entry instanceof VisitorFeedEntry.Message m ? m.messageId().value() : null;
        return em.createNativeQuery(statement)
                .setParameter(1, entry.conversationId().value())
                .setParameter(2, entry.sequence())
                .setParameter(3, FeedRows.kind(entry))
                .setParameter(4, messageId)
                .setParameter(5, entry.at())
                .setParameter(6, FeedRows.payload(entry))
                .executeUpdate();
    }

    @Override
    @Transactional
    public List<VisitorFeedEntry> after(ConversationId conversationId, long afterSequence, int limit) {
        List<?> rows = em.createNativeQuery("select sequence, occurred_at, kind, message_id, payload from visitor_feed"
                        + " where conversation_id = ?1 and sequence > ?2 order by sequence limit ?3")
                .setParameter(1, conversationId.value())
                .setParameter(2, afterSequence)
                .setParameter(3, limit)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> FeedRows.entry(
                        conversationId,
                        ((Number) r[0]).longValue(),
                        instant(r[1]),
                        (String) r[2],
                        (String) r[3],
                        (String) r[4]))
                .toList();
    }

    @Override
    @Transactional
    public void deliveredUpTo(ConversationId conversationId, long sequence) {
        em.createNativeQuery("update conversation set delivered_sequence = least(greatest(delivered_sequence, ?2),"
                        + " feed_sequence) where id = ?1")
                .setParameter(1, conversationId.value())
                .setParameter(2, sequence)
                .executeUpdate();
    }

    @Override
    public QueueOutlook outlookFor(Conversation waiting) {
        Number ahead = (Number) em.createNativeQuery("select count(*) from conversation where tenant_id = ?1"
                        + " and coalesce(team, '') = ?2 and status = 'WAITING' and id <> ?3"
                        + " and (priority > ?4 or (priority = ?4 and started_at <= ?5))")
                .setParameter(1, waiting.tenantId().value())
                .setParameter(2, waiting.team() == null ? "" : waiting.team().value())
                .setParameter(3, waiting.id().value())
                .setParameter(4, waiting.priority())
                .setParameter(5, waiting.startedAt())
                .getSingleResult();
        // Routing's latest estimate in this queue, per place: its own measure of how fast the queue moves; none
        // when routing said it can promise none (nobody online or nobody accepting).
        List<?> pace = em.createNativeQuery("select case when coalesce(f.payload::jsonb ->> 'waitStatus', 'ESTIMATED')"
                        + " in ('ESTIMATED', 'AGENTS_BUSY') then (f.payload::jsonb ->> 'estimatedWaitSeconds')::float8"
                        + " / (f.payload::jsonb ->> 'position')::float8 end from visitor_feed f"
                        + " join conversation c on c.id = f.conversation_id where c.tenant_id = ?1"
                        + " and coalesce(c.team, '') = ?2 and f.kind = 'QUEUE_POSITION'"
                        + " and (f.payload::jsonb ->> 'position')::int > 0 and f.occurred_at > ?3"
                        + " order by f.occurred_at desc limit 1")
                .setParameter(1, waiting.tenantId().value())
                .setParameter(2, waiting.team() == null ? "" : waiting.team().value())
                .setParameter(3, waiting.startedAt().minusSeconds(3600))
                .getResultList();
        Double secondsPerPlace = pace.isEmpty() || pace.get(0) == null ? null : ((Number) pace.get(0)).doubleValue();
        return new QueueOutlook(ahead.intValue() + 1, secondsPerPlace);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        } else if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
