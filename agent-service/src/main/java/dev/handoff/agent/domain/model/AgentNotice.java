package dev.handoff.agent.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import java.util.Objects;

/** Something an agent's console must learn as it happens; kept per agent so a reconnect can catch up. */
public sealed interface AgentNotice {
    ConversationId conversationId();

    /** A conversation now waits for an agent this agent could be. */
    record PendingAdded(PendingHandoff pending) implements AgentNotice {
        public PendingAdded {
            Objects.requireNonNull(pending, "pending");
        }

        @Override
        public ConversationId conversationId() {
            return pending.conversationId();
        }
    }

    /**
     * A conversation no longer waits.
     *
     * @param by who claimed it; null when it ended
     */
    record PendingRemoved(ConversationId conversationId, Reason reason, AgentId by) implements AgentNotice {
        public PendingRemoved {
            Objects.requireNonNull(conversationId, "conversationId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** This agent now holds the conversation. */
    record AssignedToAgent(ConversationId conversationId) implements AgentNotice {
        public AssignedToAgent {
            Objects.requireNonNull(conversationId, "conversationId");
        }
    }

    /** Why a conversation stopped waiting. */
    enum Reason {
        CLAIMED,
        ENDED
    }
}
