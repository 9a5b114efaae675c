package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.ChatRefusedException;
import dev.handoff.agent.application.port.in.ChatRefusedException.Reason;
import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.agent.domain.model.ChatAccess;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Finds a chat for someone, inside the caller's transaction, and refuses what they may not do with it.
 * Unknown chats, other tenants' and other agents' all answer NOT_FOUND, so a probe learns nothing.
 */
@ApplicationScoped
public class ChatGuard {
    private final AgentConversationPort conversations;

    public ChatGuard(AgentConversationPort conversations) {
        this.conversations = conversations;
    }

    /** The chat, if the actor holds it or supervises its tenant. */
    AgentConversation readable(Actor actor, ConversationId id) {
        return conversations
                .find(id)
                .filter(c -> c.accessOf(actor) != ChatAccess.NONE)
                .orElseThrow(() -> new ChatRefusedException(id, Reason.NOT_FOUND));
    }

    /** The chat, if the actor holds it or supervises its tenant, locked until the transaction ends. */
    AgentConversation lockReadable(Actor actor, ConversationId id) {
        return conversations
                .lock(id)
                .filter(c -> c.accessOf(actor) != ChatAccess.NONE)
                .orElseThrow(() -> new ChatRefusedException(id, Reason.NOT_FOUND));
    }

    /** The chat the actor holds (or held when it ended), unlocked. */
    AgentConversation held(Actor actor, ConversationId id) {
        return requireHeld(actor, id, conversations.find(id));
    }

    /** The chat the actor holds (or held when it ended), locked until the transaction ends. */
    AgentConversation lockHeld(Actor actor, ConversationId id) {
        return requireHeld(actor, id, conversations.lock(id));
    }

    /** The chat the actor holds and that has not ended, locked until the transaction ends. */
    AgentConversation lockOpen(Actor actor, ConversationId id) {
        return requireOpen(lockHeld(actor, id));
    }

    /** Refuses writing in an ended chat. */
    static AgentConversation requireOpen(AgentConversation chat) {
        if (chat.isEnded()) {
            throw new ChatRefusedException(chat.id(), Reason.ENDED);
        }
        return chat;
    }

    private static AgentConversation requireHeld(Actor actor, ConversationId id, Optional<AgentConversation> chat) {
        ChatAccess access = chat.map(c -> c.accessOf(actor)).orElse(ChatAccess.NONE);
        if (access == ChatAccess.NONE) {
            throw new ChatRefusedException(id, Reason.NOT_FOUND);
        } else if (access == ChatAccess.READ) {
            // A supervisor sees the chat anyway: saying why is no leak, and clearer than "not found".
            throw new ChatRefusedException(id, Reason.NOT_HOLDER);
        }
        return chat.orElseThrow();
    }
}
