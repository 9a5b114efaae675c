package dev.handoff.routing.application.port.out;

import dev.handoff.routing.domain.model.AssignmentCandidate;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.id.ConversationId;
import java.util.List;

/** Who a conversation may go to, read without locks: the caller takes a slot with the conditional update. */
public interface AssignmentCandidatesPort {
    /**
     * Every agent of the queue's tenant whose presence snapshot says ONLINE and who serves the queue (presence
     * teams empty: every team; the tenant-wide queue: everyone), with their chats, open offers, limit (their own,
     * else {@code defaultLimit}), idle time, and whether they turned {@code conversation} down.
     */
    List<AssignmentCandidate> candidatesFor(ConversationId conversation, QueueKey queue, int defaultLimit);
}
