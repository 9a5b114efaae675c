package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.PersistencePorts;
import dev.handoff.handoff.domain.model.BotWebhookEvent;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.id.ConversationId;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * One fake per out-port of handoff-service, over shared in-memory tables, wired for use-case tests; the lists and maps
 * below are what the tests assert on.
 */
final class InMemoryHandoffPorts {
    final InMemoryTables tables = new InMemoryTables();
    final InMemoryLoadBotSettings loadSettings = new InMemoryLoadBotSettings(tables);
    final InMemorySaveBotSettings saveSettings = new InMemorySaveBotSettings(tables);
    final InMemoryLoadConversation loadConversation = new InMemoryLoadConversation(tables);
    final InMemorySaveConversation saveConversation = new InMemorySaveConversation(tables);
    final InMemoryFindSilentChats silentChats = new InMemoryFindSilentChats(tables);
    final InMemoryVisitorFeed visitorFeed = new InMemoryVisitorFeed(tables);
    final InMemoryRecordDelivery delivery = new InMemoryRecordDelivery(tables);
    final InMemoryQueueOutlook outlook = new InMemoryQueueOutlook(tables);
    final InMemoryLoadChatForSend chatForSend = new InMemoryLoadChatForSend(tables);
    final RecordingAnnounceFeed announce = new RecordingAnnounceFeed();
    final RecordingPublishEvents events = new RecordingPublishEvents();
    final RecordingQueueWebhook webhookQueue = new RecordingQueueWebhook();
    final ScriptedSendChatEventNow kafka = new ScriptedSendChatEventNow();
    final PlainVisitorTokens tokens = new PlainVisitorTokens();

    /** The stored conversations, as the last save left them. */
    final Map<ConversationId, Conversation> conversations = tables.conversations;

    /** Every feed entry of every chat, in the order appended. */
    final List<VisitorFeedEntry> feed = tables.feed;

    final List<IntegrationEvent> published = events.published;
    final List<IntegrationEvent> sentNow = kafka.sent;
    final List<BotWebhookEvent> webhooks = webhookQueue.queued;

    /** The ports the PostgreSQL adapters implement, for the contract suites. */
    PersistencePorts persistence() {
        return new PersistencePorts(
                loadSettings,
                saveSettings,
                loadConversation,
                saveConversation,
                silentChats,
                visitorFeed,
                delivery,
                outlook,
                chatForSend);
    }

    /** The services wired to these fakes, as CDI would. */
    FeedWriter feedWriter() {
        return new FeedWriter(visitorFeed, saveConversation, announce);
    }

    EndProposals endProposals() {
        return new EndProposals(feedWriter(), loadSettings, webhookQueue, events);
    }

    ChatEndings endings() {
        return new ChatEndings(feedWriter(), loadSettings, webhookQueue);
    }

    RecordChatMessageService recordChatMessages() {
        return new RecordChatMessageService(
                loadConversation, feedWriter(), loadSettings, webhookQueue, announce, endProposals());
    }

    PostVisitorMessageService postVisitorMessages(Clock clock) {
        return new PostVisitorMessageService(chatForSend, kafka, clock);
    }

    TrackLifecycleService trackLifecycle() {
        return new TrackLifecycleService(loadConversation, feedWriter(), endings(), endProposals(), loadSettings);
    }

    EndVisitorChatService endVisitorChat(Clock clock) {
        return new EndVisitorChatService(loadConversation, endings(), events, clock);
    }
}
