package dev.handoff.routing.application.port.out;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;

/** How many chats each agent holds, counted in PostgreSQL so every replica sees the same number. */
public interface AgentLoadPort {
    /** Takes one chat slot if the agent holds fewer than their limit; false when at capacity. Restarts their idle time. */
    boolean tryTakeSlot(TenantId tenant, AgentId agent, int defaultLimit);

    /** Gives one slot back when a chat the agent held ends or leaves them. Restarts their idle time. */
    void releaseSlot(TenantId tenant, AgentId agent);

    /** The agent's limit: their own if a supervisor set one, else the default. */
    int limitOf(TenantId tenant, AgentId agent, int defaultLimit);
}
