package dev.handoff.routing.domain.model;

import dev.handoff.shared.id.ConversationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which visitors of one queue hear a new place, from the queue's order now and what each was told last.
 * However many changes happened since the last announcement, each visitor hears at most one new place: the one
 * they have now; a visitor whose place and wait status are what they were told, and whose wait differs too little
 * to matter ({@link AnnouncedPlace#worthTelling}), hears nothing.
 */
public final class PositionAnnouncements {
    private PositionAnnouncements() {}

    /** {@link #plan(List, Map, Collection, QueueOutlook)} for a queue with agents who have room. */
    public static Plan plan(
            List<ConversationId> order,
            Map<ConversationId, AnnouncedPlace> stored,
            Collection<QueueChange> changes,
            Duration perAssignment) {
        return plan(order, stored, changes, QueueOutlook.estimated(perAssignment));
    }

    /** {@link #plan(List, Map, Map, Collection, QueueOutlook)} without arrival times: nobody may leave a message. */
    public static Plan plan(
            List<ConversationId> order,
            Map<ConversationId, AnnouncedPlace> stored,
            Collection<QueueChange> changes,
            QueueOutlook outlook) {
        return plan(order, Map.of(), stored, changes, outlook);
    }

    /**
     * The announcements for a queue.
     *
     * @param order the conversations in line now, in serving order
     * @param arrivals when each of them arrived (for the offer to leave a message)
     * @param stored what each was told last, as stored
     * @param changes the changes since then (joins and returns adjust what counts as told)
     * @param outlook what can be said of the queue's waits now
     */
    public static Plan plan(
            List<ConversationId> order,
            Map<ConversationId, Instant> arrivals,
            Map<ConversationId, AnnouncedPlace> stored,
            Collection<QueueChange> changes,
            QueueOutlook outlook) {
        Map<ConversationId, AnnouncedPlace> told = new HashMap<>(stored);
        for (QueueChange change : changes) {
            if (change instanceof QueueChange.Joined joined) {
                told.putIfAbsent(joined.conversationId(), joined.told());
            } else if (change instanceof QueueChange.Returned back) {
                told.remove(back.conversationId());
            }
        }
        Map<ConversationId, AnnouncedPlace> announce = new LinkedHashMap<>();
        Map<ConversationId, AnnouncedPlace> store = new LinkedHashMap<>();
        for (int index = 0; index < order.size(); index++) {
            ConversationId id = order.get(index);
            AnnouncedPlace now = outlook.placeAt(index + 1, arrivals.get(id));
            AnnouncedPlace before = told.get(id);
            if (before == null || before.worthTelling(now)) {
                announce.put(id, now);
                if (!now.equals(stored.get(id))) {
                    store.put(id, now);
                }
            } else if (!before.equals(stored.get(id))) {
                store.put(id, before); // a joiner: what its Queued event told it
            }
        }
        Set<ConversationId> gone = new HashSet<>(stored.keySet());
        // not removeAll(order): with a list at least as long as the set it searches the list for every stored chat,
        // 25 million comparisons a pass with 5,000 in line, about half of routing's samples in a JFR run
        // (docs/benchmarks.md, "Where the CPU goes with 5,000 waiting")
        order.forEach(gone::remove);
        return new Plan(announce, store, gone);
    }

    /**
     * What to do for one queue.
     *
     * @param announce the new place of every visitor to tell, in serving order
     * @param store what to write down as told (includes joiners whose Queued event told them already)
     * @param gone conversations no longer in line, whose told place is forgotten
     */
    public record Plan(
            Map<ConversationId, AnnouncedPlace> announce,
            Map<ConversationId, AnnouncedPlace> store,
            Set<ConversationId> gone) {
        public Plan {
            announce = Collections.unmodifiableMap(new LinkedHashMap<>(announce));
            store = Collections.unmodifiableMap(new LinkedHashMap<>(store));
            gone = Set.copyOf(gone);
        }
    }
}
