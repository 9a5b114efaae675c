package dev.handoff.notification.application.service;

import dev.handoff.notification.application.port.in.ConversationChangeCommand;
import dev.handoff.notification.application.port.in.FollowConversationUseCase;
import dev.handoff.notification.application.port.out.ConversationPort;
import dev.handoff.notification.application.port.out.NotificationPort;
import dev.handoff.notification.domain.model.Notification;
import dev.handoff.notification.domain.model.NotificationKind;
import dev.handoff.notification.domain.model.WatchedConversation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Applies lifecycle changes. Timers about the wait are cancelled once an agent holds the chat or it ends, a batch of
 * visitor messages once its agent no longer holds the chat. Locks: the conversation row, then its notifications,
 * the order every writer keeps.
 */
@ApplicationScoped
public class FollowConversationService implements FollowConversationUseCase {
    private static final Logger LOG = Logger.getLogger(FollowConversationService.class);

    private final ConversationPort conversations;
    private final NotificationPort notifications;
    private final Clock clock;

    public FollowConversationService(ConversationPort conversations, NotificationPort notifications, Clock clock) {
        this.conversations = conversations;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void apply(ConversationChangeCommand command) {
        Instant now = clock.instant();
        WatchedConversation conversation = conversations.lockOrStart(command.conversationId(), command.tenantId());
        if (!conversation.tenantId().equals(command.tenantId())) {
            LOG.warnf(
                    "ignoring %s for conversation %s of tenant %s: it belongs to tenant %s",
                    command.change(), command.conversationId(), command.tenantId(), conversation.tenantId());
            return;
        }
        switch (command.change()) {
            case QUEUED -> {
                conversation.queued(command.position(), command.estimatedWaitSeconds());
                // The place and estimate are known now: "new request" need not wait for them any longer.
                forEachScheduled(conversation, n -> {
                    if (n.kind() == NotificationKind.NEW_REQUEST) {
                        n.dueNoLaterThan(now);
                        return true;
                    }
                    return false;
                });
            }
            case MOVED -> conversation.queued(command.position(), command.estimatedWaitSeconds());
            case ASSIGNED -> {
                conversation.assignedTo(command.agentId(), command.agentName());
                String who = command.agentName() == null ? command.agentId().value() : command.agentName();
                forEachScheduled(
                        conversation,
                        n -> n.kind().isAboutWaiting()
                                ? n.cancel("taken by " + who, now)
                                : !command.agentId().equals(n.agentId()) && n.cancel("the chat moved to " + who, now));
            }
            case BACK_IN_QUEUE -> {
                conversation.backInQueue();
                forEachScheduled(
                        conversation,
                        n -> !n.kind().isAboutWaiting() && n.cancel("the chat went back to the queue", now));
            }
            case ENDED -> {
                conversation.ended();
                forEachScheduled(conversation, n -> n.cancel("the chat ended", now));
            }
        }
        conversations.save(conversation, now);
    }

    /** Offers each scheduled notification of the conversation to {@code change}; saves those it changed. */
    private void forEachScheduled(WatchedConversation conversation, Predicate<Notification> change) {
        for (Notification notification : notifications.lockScheduled(conversation.id())) {
            if (change.test(notification)) {
                notifications.save(notification);
            }
        }
    }
}
