package dev.handoff.notification.application.service;

import dev.handoff.notification.domain.model.AgentContact;
import dev.handoff.notification.domain.model.Audience;
import dev.handoff.notification.domain.model.Mail;
import dev.handoff.notification.domain.model.Notification;
import dev.handoff.notification.domain.model.Recipient;
import dev.handoff.notification.domain.model.RequestDetails;
import dev.handoff.notification.domain.model.WatchedConversation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Decides one due notification from what is known of its conversation and its tenant: cancels it, finds nobody to
 * mail, or returns the mails to record. It changes the notification; storing is the caller's.
 */
final class DueNotificationDecider {
    private static final Logger LOG = Logger.getLogger(DueNotificationDecider.class);

    private DueNotificationDecider() {}

    static List<Mail> decide(
            Notification notification, Optional<WatchedConversation> conversation, TenantReads tenant, Instant now) {
        List<Recipient> to = notification.kind().isAboutWaiting()
                ? aboutWaiting(notification, conversation, tenant, now)
                : aboutVisitorMessages(notification, conversation, tenant, now);
        if (!notification.isScheduled()) {
            return List.of();
        }
        if (to.isEmpty()) {
            LOG.warnf(
                    "nobody to mail about %s of conversation %s in tenant %s",
                    notification.kind(), notification.conversationId(), notification.tenantId());
            notification.noRecipients("nobody to mail: no recipients, no address known, or everyone opted out", now);
            return List.of();
        }
        notification.decided(now);
        return to.stream()
                .map(recipient -> Mail.pending(notification.id(), recipient, now))
                .toList();
    }

    private static List<Recipient> aboutWaiting(
            Notification notification, Optional<WatchedConversation> conversation, TenantReads tenant, Instant now) {
        if (conversation.isEmpty() || !conversation.get().isWaiting()) {
            notification.cancel("no longer waiting", now);
            return List.of();
        }
        return Audience.forWaiting(
                notification.kind(),
                conversation.get().details().map(RequestDetails::team).orElse(null),
                tenant.settings(notification.tenantId()),
                tenant.recipients(notification.tenantId()),
                tenant.contacts(notification.tenantId()),
                tenant.preferences(notification.tenantId()));
    }

    private static List<Recipient> aboutVisitorMessages(
            Notification notification, Optional<WatchedConversation> conversation, TenantReads tenant, Instant now) {
        if (conversation.isEmpty() || !conversation.get().isHeldBy(notification.agentId())) {
            notification.cancel("the chat ended or moved", now);
            return List.of();
        }
        Optional<AgentContact> agent = tenant.contact(notification.tenantId(), notification.agentId());
        if (agent.isPresent() && agent.get().atConsole()) {
            notification.cancel("the agent is at the console", now);
            return List.of();
        }
        return agent
                .flatMap(a -> Audience.forVisitorMessage(
                        a, tenant.preferences(a.tenantId(), a.agentId()), tenant.settings(notification.tenantId())))
                .stream()
                .toList();
    }
}
