package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.in.RecordChatMessageUseCase;
import dev.handoff.handoff.application.port.out.AnnounceFeedPort;
import dev.handoff.handoff.application.port.out.LoadBotSettingsPort;
import dev.handoff.handoff.application.port.out.LoadConversationPort;
import dev.handoff.handoff.application.port.out.QueueWebhookPort;
import dev.handoff.handoff.domain.model.BotWebhookEvent;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Typing;
import dev.handoff.shared.model.Sender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** Adds each chat message to the visitor feed once, resets the inactivity timer, and relays agent messages. */
@ApplicationScoped
public class RecordChatMessageService implements RecordChatMessageUseCase {
    private final LoadConversationPort conversations;
    private final FeedWriter feed;
    private final LoadBotSettingsPort settings;
    private final QueueWebhookPort webhooks;
    private final AnnounceFeedPort announce;
    private final EndProposals proposals;

    public RecordChatMessageService(
            LoadConversationPort conversations,
            FeedWriter feed,
            LoadBotSettingsPort settings,
            QueueWebhookPort webhooks,
            AnnounceFeedPort announce,
            EndProposals proposals) {
        this.proposals = proposals;
        this.conversations = conversations;
        this.feed = feed;
        this.settings = settings;
        this.webhooks = webhooks;
        this.announce = announce;
    }

    @Override
    @Transactional
    public void onMessagePosted(MessagePosted m) {
        Optional<Conversation> found = conversations
                .loadForUpdate(m.conversationId())
                .filter(c -> c.tenantId().equals(m.tenantId()));
        if (found.isEmpty()) {
            return;
        }
        Conversation chat = found.get();
        if (chat.isActive()) {
            chat.activityAt(m.occurredAt());
        }
        // Under the chat's lock: a resend published twice is stored once, and only the first changes anything.
        boolean added = feed.appendMessage(
                chat,
                seq -> new VisitorFeedEntry.Message(
                        chat.id(),
                        seq,
                        m.occurredAt(),
                        m.messageId(),
                        null,
                        m.sender(),
                        m.senderName(),
                        m.text(),
                        m.translation()));
        if (!added) {
            return;
        }
        if (m.sender() == Sender.AGENT) {
            relayToBot(chat, m);
        } else if (m.sender() == Sender.VISITOR && chat.isActive()) {
            proposals.withdrawOnVisitorMessage(chat, m);
        }
    }

    private void relayToBot(Conversation chat, MessagePosted m) {
        // The cache the handoff reads too (decision 0085): an agent's message need not read the settings each time.
        settings.loadRecent(chat.tenantId(), chat.botId())
                .filter(s -> s.relayAgentMessages() && s.webhookUrl() != null)
                .ifPresent(s -> webhooks.queue(new BotWebhookEvent(
                        UUID.randomUUID(),
                        BotWebhookEvent.Payload.LIVECHAT_AGENT_MESSAGE,
                        chat.tenantId(),
                        chat.botId(),
                        chat.id(),
                        m.occurredAt(),
                        null,
                        new BotWebhookEvent.AgentMessage(
                                m.messageId().value(),
                                m.senderName(),
                                m.text(),
                                m.translation() == null ? null : m.translation().text(),
                                m.translation() == null ? null : m.translation().language()))));
    }

    @Override
    @Transactional
    public void onTyping(Typing signal) {
        if (signal.sender() == Sender.AGENT) {
            announce.agentTyping(signal.conversationId(), signal.typing());
        }
    }
}
