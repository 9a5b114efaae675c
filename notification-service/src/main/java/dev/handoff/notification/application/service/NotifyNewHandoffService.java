package dev.handoff.notification.application.service;

import dev.handoff.notification.application.port.in.NotifyNewHandoffCommand;
import dev.handoff.notification.application.port.in.NotifyNewHandoffUseCase;
import dev.handoff.notification.application.port.out.NotificationLogPort;
import dev.handoff.notification.domain.model.HandoffNotice;
import dev.handoff.notification.domain.model.Notification;
import dev.handoff.notification.domain.model.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Tells a tenant's recipients about a new live chat request, once per conversation. */
@ApplicationScoped
public class NotifyNewHandoffService implements NotifyNewHandoffUseCase {
    private static final Logger LOG = Logger.getLogger(NotifyNewHandoffService.class);

    private final NotificationLogPort log;
    private final NoticeDelivery delivery;
    private final Clock clock;

    public NotifyNewHandoffService(NotificationLogPort log, NoticeDelivery delivery, Clock clock) {
        this.log = log;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void notifyNewHandoff(NotifyNewHandoffCommand command) {
        if (log.find(command.tenantId(), command.conversationId(), NotificationKind.NEW_REQUEST).isPresent()) {
            // Another event about the same request (a replay, a republished event): agents were told already.
            LOG.debugf("conversation %s was already notified about", command.conversationId());
            return;
        }
        HandoffNotice notice = HandoffNotice.of(command.tenantId(), command.conversationId(), command.botId(),
                command.visitor(), command.botHistory(), command.requestedAt());
        Notification notification = Notification.newRequest(command.eventId(), notice, clock.instant());
        // Saved before sending: if another replica got the same request, the unique key stops us before any mail.
        log.save(notification);
        delivery.attempt(notification);
        log.save(notification);
    }
}
