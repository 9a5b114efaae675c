package dev.handoff.notification.adapter.out.persistence;

import dev.handoff.notification.application.port.out.NotificationPort;
import dev.handoff.notification.domain.model.MailStatus;
import dev.handoff.notification.domain.model.Notification;
import dev.handoff.notification.domain.model.NotificationKind;
import dev.handoff.notification.domain.model.NotificationStatus;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/** Notifications in PostgreSQL. */
@ApplicationScoped
public class NotificationRepository implements NotificationPort {
    /** Hibernate's lock timeout for SKIP LOCKED: a replica takes the due rows no other replica holds. */
    static final int SKIP_LOCKED = -2;

    private static final String SCHEDULED = NotificationStatus.SCHEDULED.name();

    @Override
    public void save(Notification n) {
        NotificationEntity row =
                NotificationEntity.<NotificationEntity>findByIdOptional(n.id()).orElseGet(NotificationEntity::new);
        fill(row, n);
        // Flushed now: a second notification of the same kind fails here, at its cause, not at commit.
        row.persistAndFlush();
    }

    @Override
    public void saveAll(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return;
        }
        batchWrites(notifications.size());
        for (Notification n : notifications) {
            NotificationEntity row = NotificationEntity.findById(n.id());
            if (row == null) {
                throw new IllegalStateException("notification " + n.id() + " was not read in this transaction");
            }
            fill(row, n); // managed since it was claimed: the flush updates it
        }
        NotificationEntity.flush();
    }

    /**
     * Lets the flushes of this transaction send up to {@code rows} inserts or updates of one statement to PostgreSQL
     * in one batch; the rest of the service keeps Hibernate's default.
     */
    static void batchWrites(int rows) {
        Session session = NotificationEntity.getEntityManager().unwrap(Session.class);
        Integer current = session.getJdbcBatchSize();
        if (current == null || current < rows) {
            session.setJdbcBatchSize(rows);
        }
    }

    private static void fill(NotificationEntity row, Notification n) {
        row.id = n.id();
        row.tenantId = n.tenantId().value();
        row.conversationId = n.conversationId().value();
        row.kind = n.kind().name();
        row.seq = n.seq();
        row.agentId = n.agentId() == null ? null : n.agentId().value();
        row.status = n.status().name();
        row.dueAt = n.dueAt();
        row.createdAt = n.createdAt();
        row.decidedAt = n.decidedAt();
        row.note = n.note();
    }

    @Override
    public Optional<Notification> find(UUID id) {
        return NotificationEntity.<NotificationEntity>findByIdOptional(id).map(NotificationRepository::toDomain);
    }

    @Override
    public Set<NotificationKind> kindsOf(ConversationId conversation) {
        return NotificationEntity.<NotificationEntity>list("conversationId", conversation.value()).stream()
                .map(row -> NotificationKind.valueOf(row.kind))
                .collect(Collectors.toSet());
    }

    @Override
    public List<Notification> lockScheduled(ConversationId conversation) {
        return NotificationEntity.<NotificationEntity>find(
                        "conversationId = ?1 and status = ?2 order by createdAt", conversation.value(), SCHEDULED)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .stream()
                .map(NotificationRepository::toDomain)
                .toList();
    }

    @Override
    public int lastBatch(ConversationId conversation) {
        Integer last = NotificationEntity.getEntityManager()
                .createQuery(
                        "select max(n.seq) from NotificationEntity n where n.conversationId = ?1 and n.kind = ?2",
                        Integer.class)
                .setParameter(1, conversation.value())
                .setParameter(2, NotificationKind.VISITOR_MESSAGE.name())
                .getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public List<Notification> lockDue(Instant now, int limit, Set<UUID> skip) {
        PanacheQuery<NotificationEntity> due = skip.isEmpty()
                ? NotificationEntity.find("status = ?1 and dueAt <= ?2 order by dueAt, id", SCHEDULED, now)
                : NotificationEntity.find(
                        "status = ?1 and dueAt <= ?2 and id not in ?3 order by dueAt, id", SCHEDULED, now, skip);
        return due
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .page(0, limit)
                .list()
                .stream()
                .map(NotificationRepository::toDomain)
                .toList();
    }

    @Override
    public Optional<Notification> lockIfDue(UUID id, Instant now) {
        return NotificationEntity.<NotificationEntity>find(
                        "id = ?1 and status = ?2 and dueAt <= ?3", id, SCHEDULED, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .firstResultOptional()
                .map(NotificationRepository::toDomain);
    }

    @Override
    public List<Notification> list(
            TenantId tenant, ConversationId conversation, Set<MailStatus> withMailIn, int limit) {
        StringBuilder query = new StringBuilder("from NotificationEntity n where n.tenantId = :tenant");
        Parameters parameters = Parameters.with("tenant", tenant.value());
        if (conversation != null) {
            query.append(" and n.conversationId = :conversation");
            parameters.and("conversation", conversation.value());
        }
        if (!withMailIn.isEmpty()) {
            query.append(
                    " and exists (select 1 from MailEntity m where m.notificationId = n.id and m.status in :states)");
            parameters.and("states", withMailIn.stream().map(Enum::name).toList());
        }
        query.append(" order by n.createdAt desc, n.id");
        return NotificationEntity.<NotificationEntity>find(query.toString(), parameters).page(0, limit).list().stream()
                .map(NotificationRepository::toDomain)
                .toList();
    }

    @Override
    public Map<NotificationKind, Long> countScheduled() {
        Map<NotificationKind, Long> counts = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            counts.put(kind, 0L);
        }
        NotificationEntity.getEntityManager()
                .createQuery(
                        "select n.kind, count(n) from NotificationEntity n where n.status = ?1 group by n.kind",
                        Object[].class)
                .setParameter(1, SCHEDULED)
                .getResultList()
                .forEach(row -> counts.put(NotificationKind.valueOf((String) row[0]), (Long) row[1]));
        return counts;
    }

    @Override
    public int deleteSettledBefore(Instant before) {
        // Mails and quoted messages go with their notification (on delete cascade).
        return NotificationEntity.getEntityManager()
                .createNativeQuery("delete from notification n where n.status <> 'SCHEDULED' "
                        + "and coalesce(n.decided_at, n.created_at) < ?1 and not exists (select 1 from "
                        + "notification_mail m where m.notification_id = n.id and m.status in ('PENDING', 'FAILED'))")
                .setParameter(1, before)
                .executeUpdate();
    }

    private static Notification toDomain(NotificationEntity row) {
        return new Notification(
                row.id,
                TenantId.of(row.tenantId),
                ConversationId.of(row.conversationId),
                NotificationKind.valueOf(row.kind),
                row.seq,
                row.agentId == null ? null : AgentId.of(row.agentId),
                row.createdAt,
                NotificationStatus.valueOf(row.status),
                row.dueAt,
                row.decidedAt,
                row.note);
    }
}
