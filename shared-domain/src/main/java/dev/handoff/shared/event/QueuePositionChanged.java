package dev.handoff.shared.event;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.UUID;

/** A waiting conversation moved in its queue; the visitor is shown the new position and wait. */
public record QueuePositionChanged(
        UUID eventId,
        Instant occurredAt,
        TenantId tenantId,
        ConversationId conversationId,
        int position,
        long estimatedWaitSeconds) implements LifecycleEvent {
}
