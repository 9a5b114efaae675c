package dev.handoff.notification.application.service;

import dev.handoff.notification.application.port.in.PruneNotificationsUseCase;
import dev.handoff.notification.application.port.out.ConversationPort;
import dev.handoff.notification.application.port.out.NotificationPort;
import dev.handoff.notification.application.port.out.ProcessedEventsPort;
import dev.handoff.notification.domain.model.NotificationTiming;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Deletes settled notifications (with their mails and quoted messages) and quiet conversations after the retention,
 * and the inbox's ids of consumed events after theirs.
 */
@ApplicationScoped
public class PruneNotificationsService implements PruneNotificationsUseCase {
    private static final Logger LOG = Logger.getLogger(PruneNotificationsService.class);

    private final NotificationPort notifications;
    private final ConversationPort conversations;
    private final ProcessedEventsPort processedEvents;
    private final NotificationTiming timing;
    private final Clock clock;

    public PruneNotificationsService(
            NotificationPort notifications,
            ConversationPort conversations,
            ProcessedEventsPort processedEvents,
            NotificationTiming timing,
            Clock clock) {
        this.notifications = notifications;
        this.conversations = conversations;
        this.processedEvents = processedEvents;
        this.timing = timing;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void prune() {
        Instant now = clock.instant();
        Instant before = now.minus(timing.retention());
        int gone = notifications.deleteSettledBefore(before);
        int forgotten = conversations.deleteUnchangedSince(before);
        int ids = processedEvents.forgetBefore(now.minus(timing.inboxRetention()));
        if (gone + forgotten + ids > 0) {
            LOG.infof(
                    "pruned %d notifications and %d conversations older than %s, %d inbox ids",
                    gone, forgotten, before, ids);
        }
    }
}
