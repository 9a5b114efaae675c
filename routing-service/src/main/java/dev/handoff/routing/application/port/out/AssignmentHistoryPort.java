package dev.handoff.routing.application.port.out;

import dev.handoff.routing.domain.model.QueueKey;
import java.time.Instant;
import java.util.List;

/** When conversations were taken from each queue, kept in PostgreSQL so every replica measures the same pace. */
public interface AssignmentHistoryPort {
    /** Notes that a conversation of the queue was given to an agent, with the current transaction. */
    void recordAssignment(QueueKey queue, Instant at);

    /** The newest assignments from the queue made at or after {@code since}, at most {@code max}, newest first. */
    List<Instant> recentAssignments(QueueKey queue, Instant since, int max);

    /** Forgets the queue's assignments made before {@code before}, and all but the newest {@code keep}. */
    void forget(QueueKey queue, Instant before, int keep);
}
