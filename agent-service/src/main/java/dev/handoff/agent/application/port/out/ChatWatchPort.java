package dev.handoff.agent.application.port.out;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;

/** Which chat each supervisor watches read-only: one per supervisor, so the table stays as small as the staff. */
public interface ChatWatchPort {
    /** The supervisor watches this chat from now on, instead of any other. */
    void watch(AgentId supervisor, TenantId tenant, ConversationId conversation, Instant now);

    /** The supervisor watches nothing any more; false if they watched nothing. */
    boolean stop(AgentId supervisor);

    /** Who watches the chat, by id. */
    List<AgentId> watchersOf(ConversationId conversation);
}
