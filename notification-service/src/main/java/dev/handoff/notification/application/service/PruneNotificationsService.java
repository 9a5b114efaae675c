package dev.handoff.notification.application.service;

import dev.handoff.notification.application.port.in.PruneNotificationsUseCase;
import dev.handoff.notification.application.port.out.ConversationPort;
import dev.handoff.notification.application.port.out.NotificationPort;
import dev.handoff.notification.domain.model.NotificationTiming;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Deletes settled notifications (with their mails and quoted messages) and quiet conversations after the retention. */
@ApplicationScoped
public class PruneNotificationsService implements PruneNotificationsUseCase {
    private static final Logger LOG = Logger.getLogger(PruneNotificationsService.class);

    private final NotificationPort notifications;
    private final ConversationPort conversations;
    private final NotificationTiming timing;
    private final Clock clock;

    public PruneNotificationsService(
            NotificationPort notifications, ConversationPort conversations, NotificationTiming timing, Clock clock) {
        this.notifications = notifications;
        this.conversations = conversations;
        this.timing = timing;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void prune() {
        Instant before = clock.instant().minus(timing.retention());
        int gone = notifications.deleteSettledBefore(before);
        int forgotten = conversations.deleteUnchangedSince(before);
        if (gone + forgotten > 0) {
            LOG.infof("pruned %d notifications and %d conversations older than %s", gone, forgotten, before);
        }
    }
}
