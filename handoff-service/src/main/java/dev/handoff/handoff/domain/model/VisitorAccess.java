package dev.handoff.handoff.domain.model;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * What a visitor token grants: one conversation of one bot in one tenant, until {@code expiresAt}.
 */
public record VisitorAccess(TenantId tenantId, BotId botId, ConversationId conversationId, Instant expiresAt) {
    public VisitorAccess {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean validAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
