package dev.handoff.routing.application.port.out;

import dev.handoff.shared.id.TenantId;
import java.time.Duration;

/** Notes how long an assigned conversation waited, from its queueing to its assignment (the operators' histogram). */
public interface AcceptWaitsPort {
    /** Notes a conversation's wait from queueing to assignment; counted only once the assigning transaction commits. */
    void assigned(TenantId tenant, Duration waited);
}
