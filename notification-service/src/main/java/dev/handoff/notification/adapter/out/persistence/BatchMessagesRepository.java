package dev.handoff.notification.adapter.out.persistence;

import dev.handoff.notification.application.port.out.BatchMessagesPort;
import dev.handoff.notification.domain.model.QuotedMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The visitor messages of batches, in notification_message; callers hold the batch's row lock. */
@ApplicationScoped
public class BatchMessagesRepository implements BatchMessagesPort {
    @Override
    public void add(UUID notificationId, QuotedMessage message, int max) {
        EntityManager em = NotificationEntity.getEntityManager();
        Number kept =
                (Number) em.createNativeQuery("select count(*) from notification_message where notification_id = ?1")
                        .setParameter(1, notificationId)
                        .getSingleResult();
        if (kept.intValue() < max) {
            em.createNativeQuery("insert into notification_message (notification_id, message_id, text, sent_at) "
                            + "values (?1, ?2, ?3, ?4) on conflict do nothing")
                    .setParameter(1, notificationId)
                    .setParameter(2, message.messageId())
                    .setParameter(3, message.text())
                    .setParameter(4, message.sentAt())
                    .executeUpdate();
        } else {
            em.createNativeQuery("update notification set more_messages = more_messages + 1 where id = ?1")
                    .setParameter(1, notificationId)
                    .executeUpdate();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<QuotedMessage> of(UUID notificationId) {
        List<Object[]> rows = NotificationEntity.getEntityManager()
                .createNativeQuery(
                        "select message_id, text, sent_at from notification_message where notification_id = ?1 "
                                + "order by sent_at, message_id")
                .setParameter(1, notificationId)
                .getResultList();
        return rows.stream()
                .map(r -> new QuotedMessage((String) r[0], (String) r[1], instant(r[2])))
                .toList();
    }

    @Override
    public int moreThanKept(UUID notificationId) {
        Number more = (Number) NotificationEntity.getEntityManager()
                .createNativeQuery("select more_messages from notification where id = ?1")
                .setParameter(1, notificationId)
                .getSingleResult();
        return more.intValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, Integer> counts(Collection<UUID> notificationIds) {
        if (notificationIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = NotificationEntity.getEntityManager()
                .createNativeQuery("select n.id, n.more_messages + (select count(*) from notification_message m "
                        + "where m.notification_id = n.id) from notification n where n.id in (?1)")
                .setParameter(1, notificationIds)
                .getResultList();
        Map<UUID, Integer> counts = new HashMap<>();
        rows.forEach(r -> {
            int count = ((Number) r[1]).intValue();
            if (count > 0) {
                counts.put((UUID) r[0], count);
            }
        });
        return counts;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
