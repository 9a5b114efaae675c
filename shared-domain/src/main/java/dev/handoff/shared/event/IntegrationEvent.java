package dev.handoff.shared.event;

import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.UUID;

/** An event published between services: consumers dedupe by {@link #eventId()}. */
public sealed interface IntegrationEvent
        permits ConversationEvent, PresenceChanged, HandoffRefused, ErasureRequested, ErasureConfirmed {
    UUID eventId();

    Instant occurredAt();

    TenantId tenantId();

    /** The Kafka record key: the conversation id, the agent id for presence, the bot id for refusals, the request id for erasures. */
    String key();
}
