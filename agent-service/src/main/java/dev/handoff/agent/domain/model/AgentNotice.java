package dev.handoff.agent.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import java.time.Instant;
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

    /** What a waiting conversation's line shows changed: the visitor wrote while waiting. */
    record PendingUpdated(PendingHandoff pending) implements AgentNotice {
        public PendingUpdated {
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

    /** A message was added to a chat this agent holds (theirs too, so their other tabs show it). */
    record MessageAdded(ChatMessage message) implements AgentNotice {
        public MessageAdded {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public ConversationId conversationId() {
            return message.conversationId();
        }
    }

    /** The visitor of a chat this agent holds started or stopped typing. */
    record TypingChanged(ConversationId conversationId, boolean typing) implements AgentNotice {
        public TypingChanged {
            Objects.requireNonNull(conversationId, "conversationId");
        }
    }

    /** A chat this agent held ended; it stays readable for them. */
    record ChatEnded(ConversationId conversationId, EndReason reason) implements AgentNotice {
        public ChatEnded {
            Objects.requireNonNull(conversationId, "conversationId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The holder's proposal to end a chat is now pending ({@code pending}), or the visitor wrote instead of clicking
     * the end button and it was withdrawn.
     */
    record EndProposalChanged(ConversationId conversationId, boolean pending) implements AgentNotice {
        public EndProposalChanged {
            Objects.requireNonNull(conversationId, "conversationId");
        }
    }

    /** A chat this agent held went to someone else or back to the queue; they may no longer see it. */
    record ChatRemoved(ConversationId conversationId, RemovalReason reason) implements AgentNotice {
        public ChatRemoved {
            Objects.requireNonNull(conversationId, "conversationId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Routing offers this agent the conversation until {@code expiresAt}; they accept or decline it with routing.
     *
     * @param pending what the request is about; null when its details have not arrived yet
     */
    record OfferMade(ConversationId conversationId, Instant expiresAt, PendingHandoff pending) implements AgentNotice {
        public OfferMade {
            Objects.requireNonNull(conversationId, "conversationId");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    /** An offer to this agent ended without them holding the chat: declined, timed out or withdrawn. */
    record OfferEnded(ConversationId conversationId, OfferEndReason reason) implements AgentNotice {
        public OfferEnded {
            Objects.requireNonNull(conversationId, "conversationId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The agent was set away because they let {@code missedInARow} offers in a row lapse, the last one for
     * {@code conversationId}.
     */
    record SetAway(ConversationId conversationId, int missedInARow) implements AgentNotice {
        public SetAway {
            Objects.requireNonNull(conversationId, "conversationId");
        }
    }

    /** Why an offer ended without an accept. */
    enum OfferEndReason {
        DECLINED,
        TIMED_OUT,
        /** The agent went away or offline, or the offer was otherwise taken back. */
        WITHDRAWN;

        /** From the reason code of routing's {@code Requeued}. */
        public static OfferEndReason ofRequeueReason(String code) {
            return switch (code == null ? "" : code) {
                case "offer-declined" -> DECLINED;
                case "offer-timeout" -> TIMED_OUT;
                default -> WITHDRAWN;
            };
        }
    }

    /** Why a conversation stopped waiting. */
    enum Reason {
        CLAIMED,
        ENDED
    }

    /** Why an agent lost a chat. */
    enum RemovalReason {
        /** Handed to another agent or a queue. */
        TRANSFERRED,
        /** Put back in the queue by routing, for example because the agent went offline. */
        REQUEUED
    }
}
