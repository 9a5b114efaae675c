package dev.handoff.analytics.application.port.in;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.List;
import java.util.Objects;

/**
 * A supervisor asks to forget a visitor: by the e-mail address the bot passed, by their chats, or both.
 *
 * @param visitorEmail may be null
 * @param conversations may be empty
 */
public record RequestErasureCommand(
        TenantId tenantId, String visitorEmail, List<ConversationId> conversations, String actor) {
    public RequestErasureCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(actor, "actor");
        conversations = conversations == null ? List.of() : List.copyOf(conversations);
    }
}
