package dev.handoff.notification.application.service;

import dev.handoff.notification.application.port.in.DecideDueNotificationsUseCase;
import dev.handoff.notification.application.port.out.AgentContactPort;
import dev.handoff.notification.application.port.out.ConversationPort;
import dev.handoff.notification.application.port.out.MailPort;
import dev.handoff.notification.application.port.out.NotificationPort;
import dev.handoff.notification.application.port.out.PreferencesPort;
import dev.handoff.notification.application.port.out.RecipientsPort;
import dev.handoff.notification.application.port.out.SettingsPort;
import dev.handoff.notification.domain.model.Mail;
import dev.handoff.notification.domain.model.Notification;
import dev.handoff.notification.domain.model.WatchedConversation;
import dev.handoff.shared.id.ConversationId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Fires due timers a slice per transaction (decision 0092). The slice's rows are claimed with SKIP LOCKED, so each is
 * decided by exactly one replica; their mails are recorded in the same transaction, so a crash before the commit
 * leaves the timers due for another replica and a crash after it leaves mails that will be sent, never a decision
 * half made. Conversations are only read (never locked here), so this cannot deadlock with the consumers, which lock
 * conversation before notification.
 */
@ApplicationScoped
public class DecideDueNotificationsService implements DecideDueNotificationsUseCase {
    private static final Logger LOG = Logger.getLogger(DecideDueNotificationsService.class);

    private final NotificationPort notifications;
    private final MailPort mails;
    private final ConversationPort conversations;
    private final RecipientsPort recipients;
    private final AgentContactPort contacts;
    private final PreferencesPort preferences;
    private final SettingsPort settings;
    private final Clock clock;

    public DecideDueNotificationsService(
            NotificationPort notifications,
            MailPort mails,
            ConversationPort conversations,
            RecipientsPort recipients,
            AgentContactPort contacts,
            PreferencesPort preferences,
            SettingsPort settings,
            Clock clock) {
        this.notifications = notifications;
        this.mails = mails;
        this.conversations = conversations;
        this.recipients = recipients;
        this.contacts = contacts;
        this.preferences = preferences;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public DecidedSlice decideDue(int limit, Set<UUID> skip) {
        List<UUID> claimed = new ArrayList<>();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Instant now = clock.instant();
                List<Notification> due = notifications.lockDue(now, limit, skip);
                due.forEach(n -> claimed.add(n.id()));
                decide(due, now);
            });
            return new DecidedSlice(claimed.size(), Set.of());
        } catch (RuntimeException e) {
            if (claimed.isEmpty()) {
                throw e; // nothing claimed: the database failed, and the next run tries again as before
            }
            // The whole slice rolled back: decided alone, the one that failed cannot hold up the rest.
            LOG.warnf(e, "a slice of %d due notifications failed; deciding them one at a time", claimed.size());
            Set<UUID> failed = new HashSet<>();
            claimed.stream().filter(id -> !decideAlone(id)).forEach(failed::add);
            return new DecidedSlice(claimed.size(), failed);
        }
    }

    private boolean decideAlone(UUID id) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Instant now = clock.instant();
                notifications.lockIfDue(id, now).ifPresent(n -> decide(List.of(n), now));
            });
            return true;
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not decide notification %s; it stays due", id);
            return false;
        }
    }

    private void decide(List<Notification> due, Instant now) {
        if (due.isEmpty()) {
            return;
        }
        Map<ConversationId, WatchedConversation> watched = conversations.findAll(
                due.stream().map(Notification::conversationId).collect(Collectors.toSet()));
        TenantReads tenants = new TenantReads(settings, recipients, contacts, preferences);
        List<Mail> recorded = new ArrayList<>();
        for (Notification notification : due) {
            recorded.addAll(DueNotificationDecider.decide(
                    notification, Optional.ofNullable(watched.get(notification.conversationId())), tenants, now));
        }
        mails.insertAll(recorded);
        notifications.saveAll(due);
    }
}
