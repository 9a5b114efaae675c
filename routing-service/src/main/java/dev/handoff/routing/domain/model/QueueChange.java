package dev.handoff.routing.domain.model;

import dev.handoff.shared.id.ConversationId;
import java.util.Objects;

/** Why a queue's places may have changed, noted by the change's transaction for the announcer. */
public sealed interface QueueChange {
    /** Conversations left the queue or arrived ahead of others: anyone's place may differ now. */
    record Reordered() implements QueueChange {}

    /** A conversation joined the queue and its Queued event already told it {@code told}. */
    record Joined(ConversationId conversationId, AnnouncedPlace told) implements QueueChange {
        public Joined {
            Objects.requireNonNull(conversationId, "conversationId");
            Objects.requireNonNull(told, "told");
        }
    }

    /** A conversation came back to the queue (requeue, transfer): it is told its place again, even an unchanged one. */
    record Returned(ConversationId conversationId) implements QueueChange {
        public Returned {
            Objects.requireNonNull(conversationId, "conversationId");
        }
    }
}
