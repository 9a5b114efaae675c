package dev.handoff.analytics.application.port.in;

import dev.handoff.shared.event.IntegrationEvent;
import java.util.List;

/** Folds what events tell about chats and agents into facts, transcripts and agents' time. */
public interface RecordEventsUseCase {
    /**
     * Applies a batch of events, each already let through the inbox once, in the caller's transaction, and marks the
     * hours they changed for the rollups; events analytics does not use are ignored.
     */
    void record(List<IntegrationEvent> events);
}
