package dev.handoff.handoff.application.port.out;

import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.BusinessHours;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** Rows the contract suites store: ids of their own, so a suite needs no cleaning and runs beside other tests. */
final class ContractRows {
    static final BotId BOT = BotId.of("demo-bot");

    private ContractRows() {}

    static TenantId newTenant() {
        return TenantId.of("t-" + UUID.randomUUID());
    }

    static ConversationId newChatId() {
        return ConversationId.of("c-" + UUID.randomUUID());
    }

    /** A chat of {@code bot} in {@code status} whose last word was when it started. */
    static Conversation chat(
            TenantId tenant, BotId bot, TeamId team, int priority, Instant startedAt, ConversationStatus status) {
        return new Conversation(
                newChatId(), tenant, bot, VisitorInfo.anonymous(), "en", team, priority, startedAt, status, startedAt);
    }

    /** Settings of an always open bot with {@code timeout} (null: the default) and nothing else set. */
    static BotSettings settings(TenantId tenant, BotId bot, Duration timeout) {
        return new BotSettings(
                tenant,
                bot,
                true,
                BusinessHours.alwaysOpen(ZoneId.of("UTC")),
                null,
                timeout,
                null,
                null,
                null,
                null,
                null,
                false);
    }

    static void create(PersistencePorts ports, Conversation... chats) {
        for (Conversation chat : chats) {
            ports.saveConversation().create(chat);
        }
    }
}
