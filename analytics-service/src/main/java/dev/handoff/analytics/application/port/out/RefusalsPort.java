package dev.handoff.analytics.application.port.out;

import dev.handoff.analytics.domain.model.Refusal;
import dev.handoff.shared.id.TenantId;
import java.util.UUID;

/** Stores refused handoff requests. */
public interface RefusalsPort {
    /** Stores the refusal announced by event {@code eventId} once. */
    void add(TenantId tenant, UUID eventId, Refusal refusal);
}
