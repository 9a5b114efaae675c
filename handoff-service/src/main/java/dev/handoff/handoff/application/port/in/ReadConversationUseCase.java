package dev.handoff.handoff.application.port.in;

import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.Set;

/** A bot reads one of its conversations: where the live chat stands. */
public interface ReadConversationUseCase {
    /** Throws {@link UnknownConversationException} unless the conversation is the tenant's and one of the bots'. */
    Conversation conversation(TenantId tenant, Set<BotId> bots, ConversationId id);
}
