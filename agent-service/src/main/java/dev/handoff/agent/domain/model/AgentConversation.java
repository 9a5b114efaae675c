package dev.handoff.agent.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Sender;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The agents' view of one conversation. Its details and its queue state arrive on different
 * topics, in either order, so each is recorded independently and the view is pending only when
 * both are known. An ended conversation keeps its last assignee, who may still read it.
 */
public final class AgentConversation {
    public static final int MAX_SUBJECT = 200;

    private final ConversationId id;
    private final TenantId tenantId;
    private HandoffDetails details;
    private QueueState state;
    private AgentId assignee;
    private Instant stateSince;
    private String subject;
    private EndReason endReason;
    private long lastSequence;
    private Instant endProposedAt;

    public AgentConversation(
            ConversationId id,
            TenantId tenantId,
            HandoffDetails details,
            QueueState state,
            AgentId assignee,
            Instant stateSince,
            String subject,
            EndReason endReason,
            long lastSequence) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.details = details;
        this.state = Objects.requireNonNull(state, "state");
        this.assignee = assignee;
        this.stateSince = stateSince;
        this.subject = subject;
        this.endReason = endReason;
        this.lastSequence = lastSequence;
    }

    /** A conversation we have just heard of, from whichever event came first. */
    public static AgentConversation firstHeardOf(ConversationId id, TenantId tenantId) {
        return new AgentConversation(id, tenantId, null, QueueState.REQUESTED, null, null, null, null, 0);
    }

    public void recordDetails(HandoffDetails handoffDetails) {
        this.details = Objects.requireNonNull(handoffDetails, "handoffDetails");
    }

    public void queued(Instant at) {
        moveTo(QueueState.QUEUED, null, at);
    }

    public void assigned(AgentId agent, Instant at) {
        moveTo(QueueState.ASSIGNED, Objects.requireNonNull(agent, "agent"), at);
    }

    /**
     * The holder {@code from} handed the chat to {@code to}, or to a queue when {@code to} is null. A transfer
     * from someone who does not hold it (a late or foreign event) changes nothing; false then.
     */
    public boolean transferred(AgentId from, AgentId to, Instant at) {
        if (state != QueueState.ASSIGNED || !Objects.equals(assignee, from)) {
            return false;
        }
        if (to == null) {
            queued(at);
        } else {
            assigned(to, at);
        }
        return true;
    }

    /** Ends the chat; true if it was not ended before (only the first end counts). */
    public boolean ended(EndReason reason, Instant at) {
        if (state == QueueState.ENDED) {
            return false;
        }
        moveTo(QueueState.ENDED, assignee, at);
        endReason = Objects.requireNonNull(reason, "reason");
        return true;
    }

    /**
     * The holder proposes to end the chat (the visitor decides); also restores a stored proposal.
     *
     * @return false when a proposal is pending already
     */
    public boolean proposeEnd(Instant at) {
        if (endProposedAt != null) {
            return false;
        }
        endProposedAt = Objects.requireNonNull(at, "at");
        return true;
    }

    /** The visitor wrote instead of ending: the proposal is gone. @return whether one was pending */
    public boolean withdrawEndProposal() {
        boolean pending = endProposedAt != null;
        endProposedAt = null;
        return pending;
    }

    /** When the holder proposed to end the chat, while the visitor has not answered. */
    public Optional<Instant> endProposedAt() {
        return Optional.ofNullable(endProposedAt);
    }

    private void moveTo(QueueState next, AgentId agent, Instant at) {
        if (state == QueueState.ENDED) {
            return; // an ended chat stays ended, whatever arrives late
        }
        endProposedAt = null; // a proposal is the holder's, for as long as they hold the chat
        state = next;
        assignee = agent;
        stateSince = at;
    }

    /** Sets the subject line (1 to 200 characters, trimmed); false if it was that already. */
    public boolean changeSubject(String newSubject) {
        String trimmed = Texts.required(newSubject, MAX_SUBJECT, "subject");
        if (trimmed.equals(subject)) {
            return false;
        }
        subject = trimmed;
        return true;
    }

    /** The sequence number for the next stored message; call under the conversation's lock. */
    public long nextSequence() {
        return ++lastSequence;
    }

    /** Waiting for an agent, with everything an agent needs to decide to accept it. */
    public boolean isPending() {
        return state == QueueState.QUEUED && details != null;
    }

    public boolean isEnded() {
        return state == QueueState.ENDED;
    }

    /** The agent answering in this chat right now; empty unless assigned. */
    public Optional<AgentId> holder() {
        return state == QueueState.ASSIGNED ? Optional.ofNullable(assignee) : Optional.empty();
    }

    /** Another tenant sees nothing; the (last) assignee holds it; a supervisor of the tenant may read it. */
    public ChatAccess accessOf(Actor actor) {
        if (!tenantId.equals(actor.tenantId())) {
            return ChatAccess.NONE;
        } else if (actor.agentId().equals(assignee)) {
            return ChatAccess.HOLD;
        }
        return actor.supervisor() ? ChatAccess.READ : ChatAccess.NONE;
    }

    /** The name shown for a message's author: the visitor's name from the handoff when the message names none. */
    public String authorName(Sender sender, String given) {
        if ((given == null || given.isBlank()) && sender == Sender.VISITOR && details != null) {
            return details.visitor().displayName();
        }
        return given;
    }

    public ConversationId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public Optional<HandoffDetails> details() {
        return Optional.ofNullable(details);
    }

    public QueueState state() {
        return state;
    }

    public Optional<AgentId> assignee() {
        return Optional.ofNullable(assignee);
    }

    public Optional<Instant> stateSince() {
        return Optional.ofNullable(stateSince);
    }

    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public Optional<EndReason> endReason() {
        return Optional.ofNullable(endReason);
    }

    public long lastSequence() {
        return lastSequence;
    }
}
