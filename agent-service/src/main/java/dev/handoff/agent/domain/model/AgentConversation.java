package dev.handoff.agent.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The agents' view of one conversation. Its details and its queue state arrive on different
 * topics, in either order, so each is recorded independently and the view is pending only when
 * both are known.
 */
public final class AgentConversation {
    private final ConversationId id;
    private final TenantId tenantId;
    private HandoffDetails details;
    private QueueState state;
    private AgentId assignee;
    private Instant stateSince;

    public AgentConversation(ConversationId id, TenantId tenantId, HandoffDetails details, QueueState state,
            AgentId assignee, Instant stateSince) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.details = details;
        this.state = Objects.requireNonNull(state, "state");
        this.assignee = assignee;
        this.stateSince = stateSince;
    }

    /** A conversation we have just heard of, from whichever event came first. */
    public static AgentConversation firstHeardOf(ConversationId id, TenantId tenantId) {
        return new AgentConversation(id, tenantId, null, QueueState.REQUESTED, null, null);
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

    public void ended(Instant at) {
        moveTo(QueueState.ENDED, assignee, at);
    }

    private void moveTo(QueueState next, AgentId agent, Instant at) {
        if (state == QueueState.ENDED) {
            return; // an ended chat stays ended, whatever arrives late
        }
        state = next;
        assignee = agent;
        stateSince = at;
    }

    /** Waiting for an agent, with everything an agent needs to decide to accept it. */
    public boolean isPending() {
        return state == QueueState.QUEUED && details != null;
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
}
