package dev.handoff.routing.domain.model;

import dev.handoff.shared.id.AgentId;
import java.time.Instant;
import java.util.Objects;

/**
 * An online agent who serves a queue, as routing sees them when placing one of its conversations.
 *
 * @param pendingOffers conversations offered to them and not yet answered: each may become a chat
 * @param maxChats their limit (their own, else the tenant default)
 * @param idleSince when they last took or finished a chat; null when never
 * @param passedOver whether they declined this conversation or let its offer time out
 */
public record AssignmentCandidate(
        AgentId agentId,
        String displayName,
        int activeChats,
        int pendingOffers,
        int maxChats,
        Instant idleSince,
        boolean passedOver) {
    public AssignmentCandidate {
        Objects.requireNonNull(agentId, "agentId");
        displayName = displayName == null || displayName.isBlank() ? agentId.value() : displayName;
    }

    /** Chats held and offers open: how busy the agent is about to be. */
    public int load() {
        return activeChats + pendingOffers;
    }

    /** Whether one more chat (or offer) fits under their limit. */
    public boolean hasRoom() {
        return load() < maxChats;
    }
}
