package dev.handoff.notification.adapter.out.persistence;

import dev.handoff.notification.application.port.out.MailPort;
import dev.handoff.notification.domain.model.Mail;
import dev.handoff.notification.domain.model.MailStatus;
import dev.handoff.notification.domain.model.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Mails in PostgreSQL. */
@ApplicationScoped
public class MailRepository implements MailPort {
    private static final List<String> OPEN = List.of(MailStatus.PENDING.name(), MailStatus.FAILED.name());

    @Override
    public void save(Mail mail) {
        fill(MailEntity.<MailEntity>findByIdOptional(mail.id()).orElseGet(MailEntity::new), mail)
                .persist();
    }

    @Override
    public void insertAll(List<Mail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        // New rows need no look-up first; batched, the inserts of a slice go to the database together at its flush.
        NotificationRepository.batchWrites(mails.size());
        mails.forEach(mail -> fill(new MailEntity(), mail).persist());
    }

    private static MailEntity fill(MailEntity row, Mail mail) {
        row.id = mail.id();
        row.notificationId = mail.notificationId();
        row.email = mail.recipient().email();
        row.language = mail.recipient().language();
        row.status = mail.status().name();
        row.attempts = mail.attempts();
        row.nextAttemptAt = mail.nextAttemptAt();
        row.lastError = mail.lastError();
        row.sentAt = mail.sentAt();
        row.createdAt = mail.createdAt();
        return row;
    }

    @Override
    public Optional<Mail> lockNextDue(Instant now) {
        return MailEntity.<MailEntity>find("status in ?1 and nextAttemptAt <= ?2 order by nextAttemptAt", OPEN, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", NotificationRepository.SKIP_LOCKED)
                .page(0, 1)
                .firstResultOptional()
                .map(MailRepository::toDomain);
    }

    @Override
    public List<Mail> ofNotifications(Collection<UUID> notificationIds) {
        if (notificationIds.isEmpty()) {
            return List.of();
        }
        return MailEntity.<MailEntity>list("notificationId in ?1 order by createdAt, email", notificationIds).stream()
                .map(MailRepository::toDomain)
                .toList();
    }

    @Override
    public long countOpen() {
        return MailEntity.count("status in ?1", OPEN);
    }

    private static Mail toDomain(MailEntity row) {
        return new Mail(
                row.id,
                row.notificationId,
                new Recipient(row.email, row.language),
                row.createdAt,
                MailStatus.valueOf(row.status),
                row.attempts,
                row.nextAttemptAt,
                row.lastError,
                row.sentAt);
    }
}
