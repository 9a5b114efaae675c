package dev.handoff.notification.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.Objects;
import java.util.Optional;

/**
 * What this service knows of one conversation from the events it saw. The request and its lifecycle come on
 * different topics, so they may arrive in any order: an ended conversation stays ended, and details arriving late
 * never reopen it.
 */
public final class WatchedConversation {
    private final ConversationId id;
    private final TenantId tenantId;
    private RequestDetails details;
    private ConversationState state;
    private boolean queued;
    private Integer position;
    private Long estimatedWaitSeconds;
    private AgentId agentId;
    private String agentName;

    public WatchedConversation(
            ConversationId id,
            TenantId tenantId,
            RequestDetails details,
            ConversationState state,
            boolean queued,
            Integer position,
            Long estimatedWaitSeconds,
            AgentId agentId,
            String agentName) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.details = details;
        this.state = Objects.requireNonNull(state, "state");
        this.queued = queued;
        this.position = position;
        this.estimatedWaitSeconds = estimatedWaitSeconds;
        this.agentId = agentId;
        this.agentName = agentName;
    }

    /** A conversation seen for the first time: waiting, nothing known yet. */
    public static WatchedConversation first(ConversationId id, TenantId tenant) {
        return new WatchedConversation(id, tenant, null, ConversationState.WAITING, false, null, null, null, null);
    }

    /** The handoff's details arrived (possibly after its lifecycle); the first win, a repeat tells nothing new. */
    public void requested(RequestDetails requestDetails) {
        Objects.requireNonNull(requestDetails, "requestDetails");
        if (details == null) {
            details = requestDetails;
        }
    }

    /** Routing queued it, or moved it in the queue. */
    public void queued(int place, long waitSeconds) {
        queued = true;
        if (state == ConversationState.WAITING) {
            position = place;
            estimatedWaitSeconds = waitSeconds;
        }
    }

    /** An agent holds it now (an accept, an automatic assignment, a transfer). */
    public void assignedTo(AgentId agent, String name) {
        if (state != ConversationState.ENDED) {
            state = ConversationState.ACTIVE;
            agentId = Objects.requireNonNull(agent, "agent");
            agentName = name;
        }
    }

    /** Nobody holds it any more and it waits again. */
    public void backInQueue() {
        if (state != ConversationState.ENDED) {
            state = ConversationState.WAITING;
            agentId = null;
            agentName = null;
        }
    }

    public void ended() {
        state = ConversationState.ENDED;
    }

    public boolean isWaiting() {
        return state == ConversationState.WAITING;
    }

    /** Whether {@code agent} holds it now. */
    public boolean isHeldBy(AgentId agent) {
        return state == ConversationState.ACTIVE && agent != null && agent.equals(agentId);
    }

    public ConversationId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public Optional<RequestDetails> details() {
        return Optional.ofNullable(details);
    }

    public ConversationState state() {
        return state;
    }

    public boolean queued() {
        return queued;
    }

    public Optional<Integer> position() {
        return Optional.ofNullable(position);
    }

    public Optional<Long> estimatedWaitSeconds() {
        return Optional.ofNullable(estimatedWaitSeconds);
    }

    public Optional<AgentId> agentId() {
        return Optional.ofNullable(agentId);
    }

    public Optional<String> agentName() {
        return Optional.ofNullable(agentName);
    }
}
