package dev.handoff.notification.application.service;

import dev.handoff.notification.application.port.in.ChatMessageCommand;
import dev.handoff.notification.application.port.in.CollectChatMessageUseCase;
import dev.handoff.notification.application.port.out.AgentContactPort;
import dev.handoff.notification.application.port.out.BatchMessagesPort;
import dev.handoff.notification.application.port.out.ConversationPort;
import dev.handoff.notification.application.port.out.NotificationPort;
import dev.handoff.notification.application.port.out.SettingsPort;
import dev.handoff.notification.domain.model.AgentContact;
import dev.handoff.notification.domain.model.ConversationState;
import dev.handoff.notification.domain.model.Notification;
import dev.handoff.notification.domain.model.NotificationKind;
import dev.handoff.notification.domain.model.NotificationTiming;
import dev.handoff.notification.domain.model.QuotedMessage;
import dev.handoff.notification.domain.model.WatchedConversation;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.model.Sender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Batches a visitor's messages in an active chat whose agent is not at the console: the first opens a batch due one
 * batch window later, the next ones join it, so a burst makes one mail. Under the conversation's row lock, then the
 * batch's (the lock order of every writer): a batch being decided right now is waited for, and a message that comes
 * after its decision opens the next batch instead of being lost.
 */
@ApplicationScoped
public class CollectChatMessageService implements CollectChatMessageUseCase {
    private final ConversationPort conversations;
    private final NotificationPort notifications;
    private final BatchMessagesPort batches;
    private final AgentContactPort contacts;
    private final SettingsPort settings;
    private final NotificationTiming timing;
    private final Clock clock;

    public CollectChatMessageService(
            ConversationPort conversations,
            NotificationPort notifications,
            BatchMessagesPort batches,
            AgentContactPort contacts,
            SettingsPort settings,
            NotificationTiming timing,
            Clock clock) {
        this.conversations = conversations;
        this.notifications = notifications;
        this.batches = batches;
        this.contacts = contacts;
        this.settings = settings;
        this.timing = timing;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void posted(ChatMessageCommand command) {
        Optional<WatchedConversation> seen = conversations
                .lock(command.conversationId())
                .filter(c -> c.tenantId().equals(command.tenantId()));
        if (seen.isEmpty()
                || seen.get().state() != ConversationState.ACTIVE
                || seen.get().agentId().isEmpty()) {
            return; // only active chats have an agent to tell
        }
        WatchedConversation chat = seen.get();
        AgentId agent = chat.agentId().get();
        Instant now = clock.instant();
        Optional<Notification> open = openBatch(chat);
        if (command.sender() == Sender.AGENT) {
            if (agent.value().equals(command.senderId())) {
                // The agent answered: they have read what the batch would have told them.
                open.ifPresent(batch -> cancel(batch, "the agent answered", now));
            }
            return;
        }
        if (command.sender() != Sender.VISITOR || atConsole(chat, agent)) {
            return; // an agent at the console sees the message there, with its alert
        }
        Notification batch = open.filter(b -> agent.equals(b.agentId())).orElseGet(() -> {
            open.ifPresent(other -> cancel(other, "the chat moved to another agent", now));
            Notification next = Notification.visitorMessages(
                    chat.tenantId(),
                    chat.id(),
                    notifications.lastBatch(chat.id()) + 1,
                    agent,
                    now.plus(settings.load(chat.tenantId()).batchWindow()),
                    now);
            notifications.save(next);
            return next;
        });
        batches.add(
                batch.id(),
                new QuotedMessage(command.messageId(), command.text(), command.sentAt()),
                timing.maxQuotedMessages());
    }

    private Optional<Notification> openBatch(WatchedConversation chat) {
        return notifications.lockScheduled(chat.id()).stream()
                .filter(n -> n.kind() == NotificationKind.VISITOR_MESSAGE)
                .findFirst();
    }

    private boolean atConsole(WatchedConversation chat, AgentId agent) {
        return contacts.find(chat.tenantId(), agent)
                .map(AgentContact::atConsole)
                .orElse(false);
    }

    private void cancel(Notification batch, String why, Instant now) {
        if (batch.cancel(why, now)) {
            notifications.save(batch);
        }
    }
}
