package dev.handoff.routing.application.port.in;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import java.util.Optional;

/** A claim that did not give the claimant the conversation, and why. */
public class ClaimRefusedException extends RuntimeException {
    /** Why a claim was refused. */
    public enum Reason {
        NOT_QUEUED,
        NOT_YOURS_TO_TAKE,
        HELD_BY_ANOTHER,
        /** Offered to another agent, for them alone until they answer or the offer expires. */
        OFFERED_TO_ANOTHER,
        NO_LONGER_WAITING,
        AT_CAPACITY
    }

    private final transient ConversationId conversationId;
    private final Reason reason;
    private final transient AgentId holder;
    private final String holderName;
    private final int capacity;

    public ClaimRefusedException(
            ConversationId conversationId, Reason reason, AgentId holder, String holderName, int capacity) {
        super(reason + " for " + conversationId.value());
        this.conversationId = conversationId;
        this.reason = reason;
        this.holder = holder;
        this.holderName = holderName;
        this.capacity = capacity;
    }

    public ClaimRefusedException(ConversationId conversationId, Reason reason, AgentId holder, int capacity) {
        this(conversationId, reason, holder, null, capacity);
    }

    public static ClaimRefusedException because(ConversationId conversationId, Reason reason) {
        return new ClaimRefusedException(conversationId, reason, null, 0);
    }

    public ConversationId conversationId() {
        return conversationId;
    }

    public Reason reason() {
        return reason;
    }

    /** Who holds the conversation, for {@link Reason#HELD_BY_ANOTHER}; who it is offered to, for {@link Reason#OFFERED_TO_ANOTHER}. */
    public Optional<AgentId> holder() {
        return Optional.ofNullable(holder);
    }

    /** The holder's display name, for {@link Reason#HELD_BY_ANOTHER}; their agent id when no name is known. */
    public Optional<String> holderName() {
        return Optional.ofNullable(holderName).or(() -> holder().map(AgentId::value));
    }

    /** The claimant's limit of concurrent chats, for {@link Reason#AT_CAPACITY}. */
    public int capacity() {
        return capacity;
    }
}
