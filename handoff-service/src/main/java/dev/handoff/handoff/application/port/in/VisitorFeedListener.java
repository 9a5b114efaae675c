package dev.handoff.handoff.application.port.in;

import dev.handoff.handoff.domain.model.VisitorFeedEntry;

/** Where a watched chat's feed goes: a visitor socket. Called from one thread at a time, in order. */
public interface VisitorFeedListener {
    /** Takes one entry; throwing means it was not delivered (it is offered again on the next ring). */
    void onEntry(VisitorFeedEntry entry);

    /** The agent started or stopped typing (not kept, not replayed). */
    void onAgentTyping(boolean typing);
}
