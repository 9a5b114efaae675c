package dev.handoff.notification.application.service;

import dev.handoff.notification.application.port.in.DecideDueNotificationsUseCase;
import dev.handoff.notification.application.port.out.AgentContactPort;
import dev.handoff.notification.application.port.out.ConversationPort;
import dev.handoff.notification.application.port.out.MailPort;
import dev.handoff.notification.application.port.out.NotificationPort;
import dev.handoff.notification.application.port.out.PreferencesPort;
import dev.handoff.notification.application.port.out.RecipientsPort;
import dev.handoff.notification.application.port.out.SettingsPort;
import dev.handoff.notification.domain.model.AgentContact;
import dev.handoff.notification.domain.model.AgentPreferences;
import dev.handoff.notification.domain.model.Audience;
import dev.handoff.notification.domain.model.Mail;
import dev.handoff.notification.domain.model.Notification;
import dev.handoff.notification.domain.model.NotificationSettings;
import dev.handoff.notification.domain.model.Recipient;
import dev.handoff.notification.domain.model.RequestDetails;
import dev.handoff.notification.domain.model.WatchedConversation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Fires one due timer. The notification's row is claimed with SKIP LOCKED, so each is decided by exactly one replica;
 * its mails are recorded in the same transaction, so a crash before the commit leaves the timer due for another
 * replica and a crash after it leaves mails that will be sent, never a decision half made. The conversation is only
 * read (never locked here), so this cannot deadlock with the consumers, which lock conversation before notification.
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
    @Transactional
    public boolean decideNextDue() {
        Instant now = clock.instant();
        Optional<Notification> due = notifications.lockNextDue(now);
        if (due.isEmpty()) {
            return false;
        }
        Notification notification = due.get();
        Optional<WatchedConversation> conversation = conversations.find(notification.conversationId());
        NotificationSettings tenant = settings.load(notification.tenantId());
        List<Recipient> to = notification.kind().isAboutWaiting()
                ? aboutWaiting(notification, conversation, tenant, now)
                : aboutVisitorMessages(notification, conversation, tenant, now);
        if (notification.isScheduled()) {
            if (to.isEmpty()) {
                LOG.warnf(
                        "nobody to mail about %s of conversation %s in tenant %s",
                        notification.kind(), notification.conversationId(), notification.tenantId());
                notification.noRecipients(
                        "nobody to mail: no recipients, no address known, or everyone opted out", now);
            } else {
                to.forEach(recipient -> mails.save(Mail.pending(notification.id(), recipient, now)));
                notification.decided(now);
            }
        }
        notifications.save(notification);
        return true;
    }

    private List<Recipient> aboutWaiting(
            Notification notification,
            Optional<WatchedConversation> conversation,
            NotificationSettings tenant,
            Instant now) {
        if (conversation.isEmpty() || !conversation.get().isWaiting()) {
            notification.cancel("no longer waiting", now);
            return List.of();
        }
        return Audience.forWaiting(
                notification.kind(),
                conversation.get().details().map(RequestDetails::team).orElse(null),
                tenant,
                recipients.load(notification.tenantId()),
                contacts.inTenant(notification.tenantId()),
                preferences.inTenant(notification.tenantId()));
    }

    private List<Recipient> aboutVisitorMessages(
            Notification notification,
            Optional<WatchedConversation> conversation,
            NotificationSettings tenant,
            Instant now) {
        if (conversation.isEmpty() || !conversation.get().isHeldBy(notification.agentId())) {
            notification.cancel("the chat ended or moved", now);
            return List.of();
        }
        Optional<AgentContact> agent = contacts.find(notification.tenantId(), notification.agentId());
        if (agent.isPresent() && agent.get().atConsole()) {
            notification.cancel("the agent is at the console", now);
            return List.of();
        }
        return agent
                .flatMap(a -> Audience.forVisitorMessage(
                        a,
                        preferences
                                .find(a.tenantId(), a.agentId())
                                .orElseGet(() -> AgentPreferences.defaults(a.tenantId(), a.agentId())),
                        tenant))
                .stream()
                .toList();
    }
}
