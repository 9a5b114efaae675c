package dev.handoff.handoff.application.port.out;

import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.id.TenantId;

/** The newest presence report of each agent, for saying whether anyone can answer now. */
public interface AgentPresencePort {
    /** Keeps the report unless a newer one of the same agent is kept already. */
    void record(PresenceChanged report);

    /** Whether at least one agent of the tenant is ONLINE by their newest report. */
    boolean anyoneOnline(TenantId tenant);
}
