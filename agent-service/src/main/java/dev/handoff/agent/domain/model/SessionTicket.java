package dev.handoff.agent.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A short-lived, single-use pass to open the agent socket. Browsers cannot put a bearer token on a
 * WebSocket upgrade, so they exchange the token for a ticket over REST and put the ticket in the URL.
 *
 * @param value the secret itself: random, URL-safe; whoever holds it may connect once as {@code profile}
 */
public record SessionTicket(String value, AgentProfile profile, Instant expiresAt) {
    public SessionTicket {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether the ticket may still open a session at {@code now}; it expires at {@code expiresAt} exactly. */
    public boolean usableAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
