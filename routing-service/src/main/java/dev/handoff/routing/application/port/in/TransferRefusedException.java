package dev.handoff.routing.application.port.in;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;

/** A transfer that did not happen, and why. */
public class TransferRefusedException extends RuntimeException {
    /** Why a transfer was refused. */
    public enum Reason {
        NOT_FOUND,
        NOT_YOURS,
        NOT_ASSIGNED,
        /** The target agent is not known online in the conversation's tenant. */
        AGENT_UNAVAILABLE,
        /** The target agent holds it already. */
        TARGET_ALREADY_HOLDS,
        AT_CAPACITY
    }

    private final transient ConversationId conversationId;
    private final Reason reason;
    private final transient AgentId agent;
    private final int capacity;

    public TransferRefusedException(ConversationId conversationId, Reason reason, AgentId agent, int capacity) {
        super(reason + " for " + conversationId.value());
        this.conversationId = conversationId;
        this.reason = reason;
        this.agent = agent;
        this.capacity = capacity;
    }

    public static TransferRefusedException because(ConversationId conversationId, Reason reason) {
        return new TransferRefusedException(conversationId, reason, null, 0);
    }

    public ConversationId conversationId() {
        return conversationId;
    }

    public Reason reason() {
        return reason;
    }

    /** The target agent, for the reasons about the target. */
    public AgentId agent() {
        return agent;
    }

    /** The target's limit of concurrent chats, for {@link Reason#AT_CAPACITY}. */
    public int capacity() {
        return capacity;
    }
}
