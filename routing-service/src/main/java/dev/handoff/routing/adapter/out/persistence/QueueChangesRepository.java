package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.QueueChangesPort;
import dev.handoff.routing.domain.model.AnnouncedPlace;
import dev.handoff.routing.domain.model.QueueChange;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Noted queue changes in {@code queue_change}: one inserted row per change, so changing transactions never wait
 * on each other for it. Announcers reserve a queue with a transaction-scoped advisory lock that they only ever
 * try: none waits for another, so announcers cannot deadlock, and one queue is announced by one at a time.
 */
@ApplicationScoped
public class QueueChangesRepository implements QueueChangesPort {
    /** Queues looked at per reservation: more than replicas can be announcing at once. */
    private static final int CANDIDATES = 16;

    private final EntityManager entityManager;

    public QueueChangesRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void record(QueueKey queue, QueueChange change) {
        ConversationId conversation = null;
        AnnouncedPlace told = null;
        if (change instanceof QueueChange.Joined joined) {
            conversation = joined.conversationId();
            told = joined.told();
        } else if (change instanceof QueueChange.Returned returned) {
            conversation = returned.conversationId();
        }
        entityManager
                .createNativeQuery("""
                        insert into queue_change (tenant_id, team, conversation_id, told_position, told_wait_seconds,
                                                  told_wait_status)
                        values (?1, ?2, cast(?3 as varchar), cast(?4 as integer), cast(?5 as bigint),
                                cast(?6 as varchar))""")
                .setParameter(1, queue.tenant().value())
                .setParameter(2, QueueRows.teamKey(queue.team()))
                .setParameter(3, conversation == null ? null : conversation.value())
                .setParameter(4, told == null ? null : told.position())
                .setParameter(5, told == null ? null : told.waitSeconds())
                .setParameter(6, told == null ? null : told.status().name())
                .executeUpdate();
    }

    @Override
    public int recordEveryQueueInLine(TenantId tenant) {
        return entityManager
                .createNativeQuery("""
                        insert into queue_change (tenant_id, team)
                        select distinct tenant_id, coalesce(team, '') from queue_entry
                        where status in ('WAITING', 'OFFERED') and (cast(?1 as varchar) is null or tenant_id = ?1)""")
                .setParameter(1, tenant == null ? null : tenant.value())
                .executeUpdate();
    }

    @Override
    public int recordQueuesDueToOfferLeavingMessage(int defaultSeconds) {
        // Walks the partial index announced_position_awaiting_offer: visitors told nobody is accepting, not offered.
        return entityManager
                .createNativeQuery("""
                        insert into queue_change (tenant_id, team)
                        select distinct a.tenant_id, a.team
                        from announced_position a
                        join queue_entry q on q.conversation_id = a.conversation_id and q.status in ('WAITING', 'OFFERED')
                        left join routing_settings s on s.tenant_id = a.tenant_id
                        where a.wait_status in ('NO_AGENTS', 'NOT_ACCEPTING') and a.leave_message_offered is not true
                          and coalesce(s.leave_message_after_seconds, ?1) > 0
                          and q.enqueued_at <= now() - coalesce(s.leave_message_after_seconds, ?1) * interval '1 second'
                          and not exists (select 1 from queue_change c where c.tenant_id = a.tenant_id and c.team = a.team)""")
                .setParameter(1, defaultSeconds)
                .executeUpdate();
    }

    @Override
    public long latest() {
        return ((Number) entityManager
                        .createNativeQuery("select coalesce(max(id), 0) from queue_change")
                        .getSingleResult())
                .longValue();
    }

    @Override
    public Optional<QueueKey> reserveNextChanged(long upTo) {
        List<Tuple> candidates =
                Rows.all(Rows.query(entityManager, """
                        select tenant_id, team from queue_change where id <= ?1
                        group by tenant_id, team order by min(id) limit ?2""").setParameter(1, upTo).setParameter(2, CANDIDATES));
        for (Tuple row : candidates) {
            String tenant = Rows.text(row, "tenant_id");
            String team = Rows.text(row, "team");
            // A transaction-scoped advisory lock per queue, tried and never waited for: another announcer holding
            // it is working on that queue, so this one takes the next. Ids cannot contain '/', so the text is
            // unique per queue; two queues whose hashes collide are merely announced one after the other.
            Object reserved = entityManager
                    .createNativeQuery("""
                            select pg_try_advisory_xact_lock(hashtext('routing.queue_change'),
                                                             hashtext(?1 || '/' || ?2))""")
                    .setParameter(1, tenant)
                    .setParameter(2, team)
                    .getSingleResult();
            if (Boolean.TRUE.equals(reserved)) {
                return Optional.of(new QueueKey(TenantId.of(tenant), QueueRows.team(team)));
            }
        }
        return Optional.empty();
    }

    @Override
    public Pending changesOf(QueueKey queue) {
        // Read once the queue is reserved: an announcer that had it before has committed, so what it deleted is
        // gone and what it told is visible; rows committed after this read stay for the next round.
        List<Tuple> rows = Rows.all(Rows.query(entityManager, """
                        select id, conversation_id, told_position, told_wait_seconds, told_wait_status from queue_change
                        where tenant_id = ?1 and team = ?2 order by id""")
                .setParameter(1, queue.tenant().value())
                .setParameter(2, QueueRows.teamKey(queue.team())));
        List<QueueChange> changes = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (Tuple row : rows) {
            ids.add(Rows.whole(row, "id"));
            changes.add(change(
                    Rows.text(row, "conversation_id"),
                    (Number) row.get("told_position"),
                    (Number) row.get("told_wait_seconds"),
                    Rows.text(row, "told_wait_status")));
        }
        return new Pending(changes, ids);
    }

    private static QueueChange change(String conversation, Number toldPosition, Number toldWait, String toldStatus) {
        if (conversation == null) {
            return new QueueChange.Reordered();
        }
        if (toldPosition == null) {
            return new QueueChange.Returned(ConversationId.of(conversation));
        }
        return new QueueChange.Joined(
                ConversationId.of(conversation),
                new AnnouncedPlace(toldPosition.intValue(), toldWait.longValue(), AnnouncedRows.status(toldStatus)));
    }

    @Override
    public void remove(Pending pending) {
        if (pending.ids().isEmpty()) {
            return;
        }
        // Exactly the rows read: one with a smaller number committed after the read may describe a change the
        // announcement did not see yet.
        entityManager
                .createNativeQuery(
                        "delete from queue_change where id = any(cast(string_to_array(?1, ',') as bigint[]))")
                .setParameter(1, pending.ids().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .executeUpdate();
    }
}
