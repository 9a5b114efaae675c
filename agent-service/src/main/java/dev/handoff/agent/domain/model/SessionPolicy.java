package dev.handoff.agent.domain.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The timings of agent sessions.
 *
 * @param ticketTtl how long a session ticket can be used
 * @param offlineGrace how long an agent without connections stays ONLINE/AWAY, so a page reload is no absence
 * @param noticeRetention how long notices are kept for a reconnect; also how long an absent agent keeps receiving them
 * @param noticesPerAgent how many notices are kept per agent at most
 * @param connectionStaleAfter a connection whose replica stopped confirming it for this long counts as closed
 */
public record SessionPolicy(
        Duration ticketTtl,
        Duration offlineGrace,
        Duration noticeRetention,
        int noticesPerAgent,
        Duration connectionStaleAfter) {
    public SessionPolicy {
        Objects.requireNonNull(ticketTtl, "ticketTtl");
        Objects.requireNonNull(offlineGrace, "offlineGrace");
        Objects.requireNonNull(noticeRetention, "noticeRetention");
        Objects.requireNonNull(connectionStaleAfter, "connectionStaleAfter");
        if (noticesPerAgent < 1) {
            throw new IllegalArgumentException("noticesPerAgent must be at least 1");
        }
    }
}
