package dev.handoff.notification.adapter.out.persistence;

import dev.handoff.notification.application.port.out.NotificationLogPort;
import dev.handoff.notification.domain.model.HandoffNotice;
import dev.handoff.notification.domain.model.Notification;
import dev.handoff.notification.domain.model.NotificationKind;
import dev.handoff.notification.domain.model.NotificationStatus;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The notification log in PostgreSQL. */
@ApplicationScoped
public class NotificationLogRepository implements NotificationLogPort {
    // Hibernate's value for SKIP LOCKED: a replica takes the due rows no other replica is retrying.
    private static final int SKIP_LOCKED = -2;

    @Override
    public Optional<Notification> find(TenantId tenant, ConversationId conversation, NotificationKind kind) {
        return NotificationEntity.<NotificationEntity>find("tenantId = ?1 and conversationId = ?2 and kind = ?3",
                        tenant.value(), conversation.value(), kind.name())
                .firstResultOptional().map(NotificationLogRepository::toDomain);
    }

    @Override
    public void save(Notification notification) {
        NotificationEntity row = NotificationEntity.<NotificationEntity>findByIdOptional(notification.id())
                .orElseGet(NotificationEntity::new);
        HandoffNotice notice = notification.notice();
        row.id = notification.id();
        row.tenantId = notice.tenantId().value();
        row.conversationId = notice.conversationId().value();
        row.kind = notification.kind().name();
        row.botId = notice.botId().value();
        row.visitorName = notice.visitorName();
        row.messagePreview = notice.messagePreview();
        row.requestedAt = notice.requestedAt();
        row.status = notification.status().name();
        row.attempts = notification.attempts();
        row.lastError = notification.lastError();
        row.nextAttemptAt = notification.nextAttemptAt();
        row.sentAt = notification.sentAt();
        row.createdAt = notification.createdAt();
        row.persistAndFlush();
    }

    @Override
    public Optional<Notification> lockNextDue(Instant now) {
        return NotificationEntity.<NotificationEntity>find("status in ?1 and nextAttemptAt <= ?2 order by nextAttemptAt",
                        List.of(NotificationStatus.PENDING.name(), NotificationStatus.FAILED.name()), now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .page(0, 1).firstResultOptional()
                .map(NotificationLogRepository::toDomain);
    }

    private static Notification toDomain(NotificationEntity row) {
        HandoffNotice notice = new HandoffNotice(TenantId.of(row.tenantId), ConversationId.of(row.conversationId),
                BotId.of(row.botId), row.visitorName, row.messagePreview, row.requestedAt);
        return new Notification(row.id, NotificationKind.valueOf(row.kind), notice, row.createdAt,
                NotificationStatus.valueOf(row.status), row.attempts, row.lastError, row.nextAttemptAt, row.sentAt);
    }
}
