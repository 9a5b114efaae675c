package dev.handoff.analytics.application.port.out;

import dev.handoff.analytics.domain.model.RollupSource;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;

/** Reads what a window's rollups are rebuilt from. */
public interface RollupSourcePort {
    /** The tenant's chats started, requests refused and agents' time within {@code [from, to)}. */
    RollupSource load(TenantId tenant, Instant from, Instant to);
}
