package dev.handoff.agent.domain.model;

import dev.handoff.shared.event.MessageLeft;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A message a waiting visitor left when nobody was accepting, for an agent to answer by e-mail; handled once someone
 * marks it so.
 *
 * @param botName the bot's display name, else its id
 * @param team the team queue the visitor waited in, or null for the tenant's
 * @param handledBy who marked it handled, or null while it waits
 */
public record OfflineMessage(
        ConversationId conversationId,
        TenantId tenantId,
        BotId botId,
        String botName,
        TeamId team,
        String visitorName,
        String visitorEmail,
        String message,
        Instant leftAt,
        AgentId handledBy,
        String handledByName,
        Instant handledAt) {
    public OfflineMessage {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(visitorEmail, "visitorEmail");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(leftAt, "leftAt");
    }

    /** The message as the event carries it, with the bot's name from the conversation's details. */
    public static OfflineMessage of(MessageLeft left, String botName) {
        return new OfflineMessage(
                left.conversationId(),
                left.tenantId(),
                left.botId(),
                botName == null ? left.botId().value() : botName,
                left.team(),
                left.visitorName(),
                left.visitorEmail(),
                left.message(),
                left.occurredAt(),
                null,
                null,
                null);
    }

    public boolean isHandled() {
        return handledBy != null;
    }

    /** This message marked handled by {@code actor} at {@code at}. */
    public OfflineMessage handledBy(Actor actor, Instant at) {
        return new OfflineMessage(
                conversationId,
                tenantId,
                botId,
                botName,
                team,
                visitorName,
                visitorEmail,
                message,
                leftAt,
                actor.agentId(),
                actor.displayName(),
                at);
    }
}
