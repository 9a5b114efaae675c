package dev.handoff.handoff.application.port.in;

import dev.handoff.shared.id.ConversationId;
import java.util.List;

/** Ends chats nobody wrote in for their bot's inactivity timeout, exactly once across replicas and restarts. */
public interface ExpireSilentChatsUseCase {
    /** Chats that look due now, oldest first; {@link #expireIfSilent} decides under lock. */
    List<ConversationId> due(int limit);

    /** @return whether this call expired the chat (false if a message came, it ended, or another replica won) */
    boolean expireIfSilent(ConversationId conversationId);
}
