package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.AnnounceFeedPort;
import dev.handoff.handoff.application.port.out.FindSilentChatsPort;
import dev.handoff.handoff.application.port.out.LoadBotSettingsPort;
import dev.handoff.handoff.application.port.out.LoadConversationPort;
import dev.handoff.handoff.application.port.out.PublishConversationEventPort;
import dev.handoff.handoff.application.port.out.QueueOutlookPort;
import dev.handoff.handoff.application.port.out.QueueWebhookPort;
import dev.handoff.handoff.application.port.out.RecordDeliveryPort;
import dev.handoff.handoff.application.port.out.SaveBotSettingsPort;
import dev.handoff.handoff.application.port.out.SaveConversationPort;
import dev.handoff.handoff.application.port.out.SendChatEventNowPort;
import dev.handoff.handoff.application.port.out.VisitorFeedPort;
import dev.handoff.handoff.application.port.out.VisitorTokenPort;
import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.handoff.domain.model.BotWebhookEvent;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.handoff.domain.model.VisitorAccess;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Typing;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** In-memory fakes of handoff-service's out-ports, for use-case tests. */
final class InMemoryHandoffPorts
        implements LoadBotSettingsPort,
                SaveBotSettingsPort,
                LoadConversationPort,
                SaveConversationPort,
                PublishConversationEventPort,
                VisitorFeedPort,
                AnnounceFeedPort,
                SendChatEventNowPort,
                VisitorTokenPort,
                QueueWebhookPort,
                RecordDeliveryPort,
                QueueOutlookPort,
                FindSilentChatsPort {
    final Map<String, BotSettings> settings = new HashMap<>();
    final Map<ConversationId, Conversation> conversations = new HashMap<>();
    final List<IntegrationEvent> published = new ArrayList<>();
    final List<VisitorFeedEntry> feed = new CopyOnWriteArrayList<>();
    final List<ConversationId> announced = new ArrayList<>();
    final List<IntegrationEvent> sentNow = new ArrayList<>();
    final List<BotWebhookEvent> webhooks = new ArrayList<>();
    final Map<ConversationId, Long> delivered = new java.util.concurrent.ConcurrentHashMap<>();
    Delivery delivery = Delivery.STORED;
    Instant tokenExpiry = Instant.parse("2100-01-01T00:00:00Z");

    @Override
    public Optional<BotSettings> load(TenantId tenant, BotId bot) {
        return Optional.ofNullable(settings.get(tenant + "/" + bot));
    }

    @Override
    public List<BotSettings> loadInAnyTenant(BotId bot) {
        return settings.values().stream().filter(s -> s.botId().equals(bot)).toList();
    }

    @Override
    public void save(BotSettings s) {
        settings.put(s.tenantId() + "/" + s.botId(), s);
    }

    @Override
    public Optional<Conversation> load(ConversationId id) {
        return Optional.ofNullable(conversations.get(id));
    }

    @Override
    public Optional<Conversation> loadForUpdate(ConversationId id) {
        return load(id);
    }

    @Override
    public void save(Conversation conversation) {
        conversations.put(conversation.id(), conversation);
    }

    @Override
    public void create(Conversation conversation) {
        if (conversations.putIfAbsent(conversation.id(), conversation) != null) {
            throw new IllegalStateException(
                    "duplicate key: " + conversation.id().value());
        }
    }

    @Override
    public void publish(IntegrationEvent event) {
        published.add(event);
    }

    @Override
    public void append(VisitorFeedEntry entry) {
        feed.add(entry);
    }

    @Override
    public List<VisitorFeedEntry> after(ConversationId conversationId, long afterSequence, int limit) {
        return feed.stream()
                .filter(e -> e.conversationId().equals(conversationId) && e.sequence() > afterSequence)
                .limit(limit)
                .toList();
    }

    @Override
    public boolean containsMessage(ConversationId conversationId, MessageId messageId) {
        return feed.stream()
                .anyMatch(e -> e instanceof VisitorFeedEntry.Message m
                        && m.conversationId().equals(conversationId)
                        && m.messageId().equals(messageId));
    }

    @Override
    public void entryAdded(ConversationId conversationId) {
        announced.add(conversationId);
    }

    @Override
    public void agentTyping(ConversationId conversationId, boolean typing) {
        announced.add(conversationId);
    }

    @Override
    public Delivery sendAndWait(MessagePosted message) {
        if (delivery != Delivery.NOT_WRITTEN) {
            sentNow.add(message); // stored, or maybe stored: it may still arrive
        }
        return delivery;
    }

    @Override
    public void send(Typing signal) {
        sentNow.add(signal);
    }

    @Override
    public String issue(TenantId tenantId, BotId botId, ConversationId conversationId) {
        return String.join("|", tenantId.value(), botId.value(), conversationId.value());
    }

    @Override
    public Optional<VisitorAccess> read(String token) {
        String[] parts = token.split("\\|");
        return parts.length != 3
                ? Optional.empty()
                : Optional.of(new VisitorAccess(
                        TenantId.of(parts[0]), BotId.of(parts[1]), ConversationId.of(parts[2]), tokenExpiry));
    }

    @Override
    public void queue(BotWebhookEvent event) {
        webhooks.add(event);
    }

    @Override
    public void deliveredUpTo(ConversationId conversationId, long sequence) {
        delivered.merge(conversationId, sequence, Math::max);
    }

    @Override
    public QueueOutlook outlookFor(Conversation waiting) {
        int ahead = (int) conversations.values().stream()
                .filter(c -> c.status() == ConversationStatus.WAITING && !c.id().equals(waiting.id()))
                .filter(c -> c.startedAt().isBefore(waiting.startedAt())
                        || c.startedAt().equals(waiting.startedAt()))
                .count();
        return new QueueOutlook(ahead + 1, 30.0);
    }

    @Override
    public List<ConversationId> silentSince(Instant now, int limit) {
        return Collections.unmodifiableList(new ArrayList<>(conversations.keySet()));
    }

    /** The services wired to these fakes, as CDI would. */
    FeedWriter feedWriter() {
        return new FeedWriter(this, this, this);
    }

    EndProposals endProposals() {
        return new EndProposals(feedWriter(), this, this, this);
    }

    ChatEndings endings() {
        return new ChatEndings(feedWriter(), this, this);
    }
}
