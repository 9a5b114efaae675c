package dev.handoff.routing.application.port.out;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;

/** Notes how long an assigned conversation waited, from its queueing to its assignment (the operators' histogram). */
public interface AcceptWaitsPort {
    /** Called in the assigning transaction, before the row stops being waiting. */
    void assigning(TenantId tenant, ConversationId conversation, Instant at);
}
