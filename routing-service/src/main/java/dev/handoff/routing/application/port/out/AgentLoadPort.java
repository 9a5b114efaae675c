package dev.handoff.routing.application.port.out;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;

/** How many chats each agent holds, counted in PostgreSQL so every replica sees the same number. */
public interface AgentLoadPort {
    /**
     * Takes one chat slot if the agent holds fewer than their limit; false when at capacity. Restarts their idle time,
     * and their count of lapsed offers: taking a chat shows they are there.
     */
    boolean tryTakeSlot(TenantId tenant, AgentId agent, int defaultLimit);

    /** Gives one slot back when a chat the agent held ends or leaves them. Restarts their idle time. */
    void releaseSlot(TenantId tenant, AgentId agent);

    /** Counts one more offer the agent let lapse; returns how many in a row they have let lapse now. */
    int recordMissedOffer(TenantId tenant, AgentId agent);

    /** The agent answered an offer (declined it): their count of lapsed offers starts again. */
    void resetMissedOffers(TenantId tenant, AgentId agent);

    /**
     * Routing asked for the agent to be set away at {@code at}: their count starts again, and they are offered and
     * assigned nothing until a presence report newer than {@code at} arrives.
     */
    void requestAway(TenantId tenant, AgentId agent, Instant at);

    /** The agent's limit: their own if a supervisor set one, else the default. */
    int limitOf(TenantId tenant, AgentId agent, int defaultLimit);
}
