package dev.handoff.agent.application.service;

import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.agent.domain.model.SessionPolicy;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The chat use cases wired to in-memory ports and a hand-moved clock, with helpers to set chats up. */
final class ChatFixture {
    static final TenantId ACME = TenantId.of("acme");
    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    static final Actor ALICE = new Actor(ACME, AgentId.of("alice"), "Alice", false);
    static final Actor BOB = new Actor(ACME, AgentId.of("bob"), "Bob", false);
    static final Actor SUE = new Actor(ACME, AgentId.of("sue"), "Sue", true);
    static final Actor OLGA = new Actor(TenantId.of("other"), AgentId.of("olga"), "Olga", true);
    private static final SessionPolicy POLICY = new SessionPolicy(
            Duration.ofSeconds(30), Duration.ofSeconds(20), Duration.ofMinutes(15), 500, Duration.ofSeconds(60));

    final InMemoryConversations conversations = new InMemoryConversations();
    final InMemoryChatMessages messages = new InMemoryChatMessages();
    final InMemoryQuickReplies replies = new InMemoryQuickReplies();
    final InMemoryChatEvents events = new InMemoryChatEvents();
    final InMemoryAgentTables agentTables = new InMemoryAgentTables();
    final InMemoryPresence presence = new InMemoryPresence(agentTables);
    final InMemoryNotices notices = new InMemoryNotices(agentTables);
    final InMemoryChatWatches watches = new InMemoryChatWatches();
    final InMemorySupervisionChanges overviewChanges = new InMemorySupervisionChanges();
    final InMemoryAgentSettings settings = new InMemoryAgentSettings();
    final ScriptedTranslator translations = new ScriptedTranslator();
    final MutableClock clock = new MutableClock(T0.plusSeconds(60));
    final NoticeDistributor board = new NoticeDistributor(presence, notices, watches, overviewChanges, POLICY, clock);
    final InMemoryChatChanges changes = new InMemoryChatChanges(clock);
    final TrackConversationService track =
            new TrackConversationService(conversations, board, changes, new InMemoryOfflineMessages());
    final AwaitClaimedChatService claims =
            new AwaitClaimedChatService(conversations, changes, clock, new ClaimWait(Duration.ofSeconds(5)));
    final RecordChatActivityService activity = new RecordChatActivityService(conversations, messages, board, changes);
    final InMemoryMessagePartition partition = new InMemoryMessagePartition(events);
    final ChatGuard guard = new ChatGuard(conversations);
    final LanguageLookups lookups = new LanguageLookups(conversations, messages, settings, replies);
    final MessageTranslator translator = new MessageTranslator(translations, lookups);
    final TranslateVisitorMessageService translateVisitor = new TranslateVisitorMessageService(lookups, translator);
    final AgentMessages agentMessages =
            new AgentMessages(guard, messages, partition, changes, clock, new SendWait(Duration.ofSeconds(5)));
    final SendMessageService send = new SendMessageService(agentMessages, translator);
    final SendQuickReplyService sendQuickReply = new SendQuickReplyService(agentMessages, lookups, translator);
    final ViewAgentSettingsService viewSettings = new ViewAgentSettingsService(settings, translations);
    final ChangeAgentSettingsService changeSettings = new ChangeAgentSettingsService(settings, translations, clock);
    final ViewChatService view = new ViewChatService(guard, messages);
    final ListActiveChatsService active = new ListActiveChatsService(conversations, messages);
    final MarkChatReadService read = new MarkChatReadService(guard, messages, clock);
    final SignalTypingService typing = new SignalTypingService(guard, events, clock);
    final ChangeSubjectService subject = new ChangeSubjectService(guard, conversations, events, clock);
    final CompleteChatService complete = new CompleteChatService(guard, conversations, events, board, clock);
    final QuickRepliesService quickReplies = new QuickRepliesService(replies, clock);
    final WatchChatService watch = new WatchChatService(guard, messages, watches, clock);
    final SuperviseTenantService supervision = new SuperviseTenantService(presence, conversations);

    ChatFixture() {
        partition.consumedBy(activity);
    }

    /** The agent has a console open, so notices are kept for them. */
    void connected(Actor agent) {
        connected(new AgentProfile(agent.tenantId(), agent.agentId(), agent.displayName(), Set.of("agent"), Set.of()));
    }

    void connected(AgentProfile profile) {
        presence.connect(profile, "console-of-" + profile.agentId().value(), clock.instant());
    }

    List<AgentNotice> noticesOf(Actor agent) {
        return notices.of(agent.agentId().value());
    }

    /** A handoff with two lines of bot history, queued and then assigned to {@code agent}. */
    ConversationId assigned(String name, Actor agent) {
        return assigned(name, agent, "en-ZA");
    }

    /** A handoff of the tenant queued and waiting: nobody holds it yet. */
    ConversationId waiting(String name) {
        ConversationId id = ConversationId.of(name);
        track.onHandoffRequested(new HandoffRequested(
                UUID.randomUUID(),
                T0,
                ACME,
                id,
                BotId.of("demo-bot"),
                new VisitorInfo("Thandi", null, null, Map.of()),
                List.of(),
                "en",
                null,
                0,
                null));
        track.onLifecycle(new Queued(UUID.randomUUID(), T0, ACME, id, BotId.of("demo-bot"), null, 0, 1, 60));
        return id;
    }

    /** As above, for a visitor whose browser reads {@code visitorLocale}. */
    ConversationId assigned(String name, Actor agent, String visitorLocale) {
        ConversationId id = ConversationId.of(name);
        TenantId tenant = agent.tenantId();
        track.onHandoffRequested(new HandoffRequested(
                UUID.randomUUID(),
                T0,
                tenant,
                id,
                BotId.of("demo-bot"),
                new VisitorInfo("Thandi", "thandi@example.com", visitorLocale, Map.of()),
                List.of(
                        new HistoryEntry(Sender.VISITOR, "I was charged twice", T0.minusSeconds(30)),
                        new HistoryEntry(Sender.BOT, "Connecting you", null)),
                "en",
                null,
                0,
                null));
        track.onLifecycle(new Queued(UUID.randomUUID(), T0, tenant, id, BotId.of("demo-bot"), null, 0, 1, 60));
        assign(id, agent);
        return id;
    }

    void assign(ConversationId id, Actor agent) {
        track.onLifecycle(new Assigned(
                UUID.randomUUID(),
                clock.instant(),
                agent.tenantId(),
                id,
                agent.agentId(),
                agent.displayName(),
                AssignmentMethod.CLAIM));
    }

    /** The visitor writes, as handoff-service would announce it. */
    MessagePosted visitorWrites(ConversationId id, String text) {
        MessagePosted posted = new MessagePosted(
                UUID.randomUUID(),
                clock.instant(),
                ACME,
                id,
                MessageId.of(UUID.randomUUID().toString()),
                Sender.VISITOR,
                null,
                null,
                text,
                "en",
                null);
        activity.onMessagePosted(posted);
        return posted;
    }
}
