package dev.handoff.routing.domain.model;

import dev.handoff.shared.id.AgentId;
import java.time.Instant;
import java.util.Objects;

/** A conversation reserved for one agent until {@code expiresAt}; the agent takes a slot only on accepting. */
public record Offer(AgentId agentId, Instant expiresAt) {
    public Offer {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** An offer may be accepted strictly before its expiry, never at or after it. */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
