package dev.handoff.handoff.application.port.out;

import dev.handoff.handoff.domain.model.VisitorAccess;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.Optional;

/** Issues and checks the signed, short-lived tokens that let a visitor into one conversation. */
public interface VisitorTokenPort {
    String issue(TenantId tenantId, BotId botId, ConversationId conversationId);

    /** The access a token grants if it is well formed and signed by us (expiry is the caller's check). */
    Optional<VisitorAccess> read(String token);
}
