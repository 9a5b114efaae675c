package dev.handoff.notification.application.service;

import dev.handoff.notification.application.port.in.RetryNotificationsUseCase;
import dev.handoff.notification.application.port.out.NotificationLogPort;
import dev.handoff.notification.domain.model.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** Retries failed notifications when their next attempt is due. */
@ApplicationScoped
public class RetryNotificationsService implements RetryNotificationsUseCase {
    private final NotificationLogPort log;
    private final NoticeDelivery delivery;
    private final Clock clock;

    public RetryNotificationsService(NotificationLogPort log, NoticeDelivery delivery, Clock clock) {
        this.log = log;
        this.delivery = delivery;
        this.clock = clock;
    }

    // One notification per transaction: a slow mail server then holds one row lock for one mail's timeout,
    // and a mail already sent is recorded as sent even if a later one in the same run fails.
    @Override
    @Transactional
    public boolean retryNextDue() {
        Optional<Notification> due = log.lockNextDue(clock.instant());
        due.ifPresent(notification -> {
            delivery.attempt(notification);
            log.save(notification);
        });
        return due.isPresent();
    }
}
