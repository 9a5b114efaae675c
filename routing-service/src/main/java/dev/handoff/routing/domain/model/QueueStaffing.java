package dev.handoff.routing.domain.model;

/**
 * Who can take a queue's conversations right now.
 *
 * @param agentsOnline agents whose presence is {@code ONLINE} and who serve the queue
 * @param freeSlots the chats they could still take: their limits minus their chats and open offers
 */
public record QueueStaffing(int agentsOnline, int freeSlots) {
    /** Nobody serves the queue. */
    public static final QueueStaffing NOBODY = new QueueStaffing(0, 0);

    public QueueStaffing {
        if (agentsOnline < 0 || freeSlots < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }
}
