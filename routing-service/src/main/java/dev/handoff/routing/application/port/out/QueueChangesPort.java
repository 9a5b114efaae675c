package dev.handoff.routing.application.port.out;

import dev.handoff.routing.domain.model.QueueChange;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.id.TenantId;
import java.util.List;
import java.util.Optional;

/** Queues changed since their visitors were last told their places; one announcer takes a queue at a time. */
public interface QueueChangesPort {
    /** Notes a change of the queue; it exists once the current transaction commits, never if it rolls back. */
    void record(QueueKey queue, QueueChange change);

    /**
     * Notes every queue with conversations in line (of {@code tenant}, or of every tenant when null) as changed, so
     * that what its visitors are told of their waits is looked at again: the staffing or the time since the last
     * assignment may have changed it without any change of order.
     */
    int recordEveryQueueInLine(TenantId tenant);

    /**
     * Notes as changed every queue with a visitor who was told nobody is accepting, was not yet offered to leave a
     * message, and has waited their tenant's time for that offer ({@code defaultSeconds} where the tenant chose
     * none); reads only such visitors, not whole queues.
     */
    int recordQueuesDueToOfferLeavingMessage(int defaultSeconds);

    /** The number of the newest change noted so far, 0 when there is none. */
    long latest();

    /**
     * Reserves, until the current transaction ends, the queue with the oldest change numbered up to {@code upTo}
     * that no other transaction has reserved; empty when there is none. Never waits.
     */
    Optional<QueueKey> reserveNextChanged(long upTo);

    /** Every change of the reserved queue committed so far. */
    Pending changesOf(QueueKey queue);

    /** Deletes the changes read by {@link #changesOf}: they have been announced. */
    void remove(Pending pending);

    /** The changes of one queue read by this transaction, and their row numbers. */
    record Pending(List<QueueChange> changes, List<Long> ids) {
        public Pending {
            changes = List.copyOf(changes);
            ids = List.copyOf(ids);
        }
    }
}
