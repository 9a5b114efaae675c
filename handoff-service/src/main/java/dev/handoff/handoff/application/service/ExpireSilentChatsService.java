package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.in.ExpireSilentChatsUseCase;
import dev.handoff.handoff.application.port.out.FindSilentChatsPort;
import dev.handoff.handoff.application.port.out.LoadBotSettingsPort;
import dev.handoff.handoff.application.port.out.LoadConversationPort;
import dev.handoff.handoff.application.port.out.PublishConversationEventPort;
import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Expires silent chats. The decision is taken under the chat's row lock and only an open chat can end, so two
 * replicas (or a restart in between) expire a chat once; the Expired event leaves through the outbox with it.
 */
@ApplicationScoped
public class ExpireSilentChatsService implements ExpireSilentChatsUseCase {
    private final FindSilentChatsPort silent;
    private final LoadConversationPort conversations;
    private final LoadBotSettingsPort settings;
    private final ChatEndings endings;
    private final PublishConversationEventPort events;
    private final Clock clock;

    public ExpireSilentChatsService(
            FindSilentChatsPort silent,
            LoadConversationPort conversations,
            LoadBotSettingsPort settings,
            ChatEndings endings,
            PublishConversationEventPort events,
            Clock clock) {
        this.silent = silent;
        this.conversations = conversations;
        this.settings = settings;
        this.endings = endings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<ConversationId> due(int limit) {
        return silent.silentSince(clock.instant(), limit);
    }

    @Override
    @Transactional
    public boolean expireIfSilent(ConversationId conversationId) {
        Optional<Conversation> found = conversations.loadForUpdate(conversationId);
        if (found.isEmpty()) {
            return false;
        }
        Conversation chat = found.get();
        Duration timeout = settings.load(chat.tenantId(), chat.botId())
                .map(BotSettings::inactivityTimeout)
                .orElse(BotSettings.DEFAULT_INACTIVITY_TIMEOUT);
        Instant now = clock.instant();
        if (!chat.silentFor(timeout, now) || !endings.end(chat, ConversationStatus.EXPIRED, now)) {
            return false;
        }
        events.publish(new Expired(UUID.randomUUID(), now, chat.tenantId(), chat.id(), chat.lastActivityAt()));
        return true;
    }
}
