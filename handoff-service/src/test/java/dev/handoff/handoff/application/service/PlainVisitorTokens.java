package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.VisitorTokenPort;
import dev.handoff.handoff.domain.model.VisitorAccess;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Optional;

/** Unsigned tokens that read back what they were issued for; signing is the HMAC adapter's own test. */
final class PlainVisitorTokens implements VisitorTokenPort {
    private static final Instant EXPIRY = Instant.parse("2100-01-01T00:00:00Z");

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
                        TenantId.of(parts[0]), BotId.of(parts[1]), ConversationId.of(parts[2]), EXPIRY));
    }
}
