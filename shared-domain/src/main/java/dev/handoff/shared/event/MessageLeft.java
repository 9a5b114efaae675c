package dev.handoff.shared.event;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * The waiting visitor, offered to because nobody was accepting, left a message instead of waiting: the conversation
 * leaves its queue and ends, and the message waits for an agent to answer it by e-mail.
 *
 * @param team the team queue it waited in, or null for the tenant's queue
 * @param visitorName the name the visitor gave, or null
 * @param visitorEmail where the visitor wants the answer
 * @param message what the visitor wrote, verbatim
 */
public record MessageLeft(
        UUID eventId,
        Instant occurredAt,
        TenantId tenantId,
        ConversationId conversationId,
        BotId botId,
        TeamId team,
        String visitorName,
        String visitorEmail,
        String message)
        implements LifecycleEvent {}
