package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.in.JoinByConversationCommand;
import dev.handoff.handoff.application.port.in.OpenVisitorChatUseCase;
import dev.handoff.handoff.application.port.in.RequestHandoffCommand;
import dev.handoff.handoff.application.port.in.RequestHandoffUseCase;
import dev.handoff.handoff.application.port.in.StartByConversationCommand;
import dev.handoff.handoff.application.port.in.VisitorAccessDeniedException;
import dev.handoff.handoff.application.port.in.VisitorAccessDeniedException.Reason;
import dev.handoff.handoff.application.port.in.VisitorChat;
import dev.handoff.handoff.application.port.out.LoadBotSettingsPort;
import dev.handoff.handoff.application.port.out.LoadConversationPort;
import dev.handoff.handoff.application.port.out.VisitorTokenPort;
import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.VisitorAccess;
import dev.handoff.shared.model.Channel;
import dev.handoff.shared.model.VisitorInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Checks who may open which chat: a signed token, or the bot's settings for joining by conversation id. */
@ApplicationScoped
public class OpenVisitorChatService implements OpenVisitorChatUseCase {
    private final VisitorTokenPort tokens;
    private final LoadConversationPort conversations;
    private final LoadBotSettingsPort settings;
    private final RequestHandoffUseCase handoffs;
    private final Clock clock;

    public OpenVisitorChatService(
            VisitorTokenPort tokens,
            LoadConversationPort conversations,
            LoadBotSettingsPort settings,
            RequestHandoffUseCase handoffs,
            Clock clock) {
        this.tokens = tokens;
        this.conversations = conversations;
        this.settings = settings;
        this.handoffs = handoffs;
        this.clock = clock;
    }

    @Override
    @Transactional
    public VisitorChat byToken(String token) {
        VisitorAccess access = Optional.ofNullable(token)
                .flatMap(tokens::read)
                .orElseThrow(() -> new VisitorAccessDeniedException(Reason.INVALID_TOKEN));
        if (!access.validAt(clock.instant())) {
            throw new VisitorAccessDeniedException(Reason.TOKEN_EXPIRED);
        }
        return conversations
                .load(access.conversationId())
                .filter(c -> c.belongsTo(access.tenantId(), access.botId()))
                .map(OpenVisitorChatService::toChat)
                .orElseThrow(() -> new VisitorAccessDeniedException(Reason.UNKNOWN_CONVERSATION));
    }

    @Override
    @Transactional
    public Optional<VisitorChat> byConversation(JoinByConversationCommand command) {
        BotSettings bot = botOpenToJoin(command);
        Optional<Conversation> chat = conversations.load(command.conversationId());
        if (chat.isPresent() && !chat.get().belongsTo(bot.tenantId(), bot.botId())) {
            // Someone else's conversation id: answer as if it did not exist, and do not take it over either.
            throw new VisitorAccessDeniedException(Reason.UNKNOWN_CONVERSATION);
        }
        return chat.map(OpenVisitorChatService::toChat);
    }

    @Override
    @Transactional
    public VisitorChat startByConversation(StartByConversationCommand command) {
        JoinByConversationCommand join = command.join();
        BotSettings bot = botOpenToJoin(join);
        handoffs.requestHandoff(new RequestHandoffCommand(
                bot.tenantId(),
                bot.botId(),
                join.conversationId(),
                VisitorInfo.anonymous(),
                command.botHistory(),
                null,
                null,
                0,
                "Socket.IO live chat request",
                Channel.SOCKET_IO));
        return conversations
                .load(join.conversationId())
                .map(OpenVisitorChatService::toChat)
                .orElseThrow(() -> new IllegalStateException("handoff stored no conversation"));
    }

    private BotSettings botOpenToJoin(JoinByConversationCommand command) {
        List<BotSettings> candidates = settings.loadInAnyTenant(command.botId());
        List<BotSettings> offering =
                candidates.stream().filter(BotSettings::socketIoEnabled).toList();
        if (candidates.isEmpty()) {
            throw new VisitorAccessDeniedException(Reason.UNKNOWN_BOT);
        }
        if (offering.size() != 1) {
            // None offers it, or the same bot id offers it in two tenants: no tenant can be chosen safely.
            throw new VisitorAccessDeniedException(offering.isEmpty() ? Reason.SOCKET_IO_DISABLED : Reason.UNKNOWN_BOT);
        }
        BotSettings bot = offering.get(0);
        if (!bot.enabled()) {
            throw new VisitorAccessDeniedException(Reason.BOT_DISABLED);
        }
        if (!bot.allowsOrigin(command.origin())) {
            throw new VisitorAccessDeniedException(Reason.ORIGIN_NOT_ALLOWED);
        }
        return bot;
    }

    private static VisitorChat toChat(Conversation c) {
        return new VisitorChat(c.tenantId(), c.botId(), c.id(), c.status(), c.deliveredSequence());
    }
}
