package dev.handoff.routing.application.port.in;

import java.util.List;

/** What waits in the queues of a tenant that the viewer may take from, in serving order. */
public interface ViewQueueUseCase {
    List<WaitingConversation> waiting(ViewQueueQuery query);
}
