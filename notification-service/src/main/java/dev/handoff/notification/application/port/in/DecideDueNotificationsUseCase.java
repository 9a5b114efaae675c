package dev.handoff.notification.application.port.in;

import java.util.Set;
import java.util.UUID;

/** Fires the durable timers: decides due notifications a slice at a time, one replica per notification. */
public interface DecideDueNotificationsUseCase {
    /**
     * Claims up to {@code limit} of the notifications due longest, leaving out {@code skip}, and in one transaction
     * cancels each or chooses its recipients and records one mail each. A slice that fails is decided again one
     * notification per transaction, so one bad notification holds up no other.
     */
    DecidedSlice decideDue(int limit, Set<UUID> skip);

    /**
     * What became of a slice.
     *
     * @param claimed how many notifications were claimed; 0 when none is due
     * @param failed those that could not be decided, even alone; they stay due
     */
    record DecidedSlice(int claimed, Set<UUID> failed) {
        public DecidedSlice {
            failed = Set.copyOf(failed);
        }
    }
}
