package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AgentLoadPort;
import dev.handoff.routing.application.service.InMemoryTables.Load;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;

/** Agents' slots on the in-memory {@code agent_load} rows, keyed by tenant and agent as the table is. */
final class InMemoryAgentLoad implements AgentLoadPort {
    private final InMemoryTables tables;

    InMemoryAgentLoad(InMemoryTables tables) {
        this.tables = tables;
    }

    @Override
    public boolean tryTakeSlot(TenantId tenant, AgentId agent, int defaultLimit) {
        Load load = tables.load(tenant, agent);
        if (load.active >= limitOf(tenant, agent, defaultLimit)) {
            return false;
        }
        load.active++;
        load.idleSince = tables.tick();
        load.missedOffers = 0;
        return true;
    }

    @Override
    public void releaseSlot(TenantId tenant, AgentId agent) {
        Load load = tables.loadOrNull(tenant, agent);
        if (load != null && load.active > 0) {
            load.active--;
            load.idleSince = tables.tick();
        }
    }

    @Override
    public int recordMissedOffer(TenantId tenant, AgentId agent) {
        return ++tables.load(tenant, agent).missedOffers;
    }

    @Override
    public void resetMissedOffers(TenantId tenant, AgentId agent) {
        Load load = tables.loadOrNull(tenant, agent);
        if (load != null) {
            load.missedOffers = 0;
        }
    }

    /** As the table's UPDATE: an agent without a row (who never took a slot nor missed an offer) is left alone. */
    @Override
    public void requestAway(TenantId tenant, AgentId agent, Instant at) {
        Load load = tables.loadOrNull(tenant, agent);
        if (load != null) {
            load.missedOffers = 0;
            load.awayRequested = at;
        }
    }

    @Override
    public int limitOf(TenantId tenant, AgentId agent, int defaultLimit) {
        Load load = tables.loadOrNull(tenant, agent);
        return load == null || load.ownLimit == null ? defaultLimit : load.ownLimit;
    }
}
