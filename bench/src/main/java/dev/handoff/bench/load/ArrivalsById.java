package dev.handoff.bench.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands arrivals known only by conversation id to a ledger keyed by send number. A frame can arrive before the POST
 * that created the conversation has been answered; such arrivals wait here until the id's number is known.
 */
final class ArrivalsById {
    private final FlowLedger ledger;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, List<Long>> early = new HashMap<>();

    ArrivalsById(FlowLedger ledger) {
        this.ledger = ledger;
    }

    /** The POST for send {@code number} made conversation {@code id}. */
    synchronized void created(String id, int number) {
        numbers.put(id, number);
        List<Long> waiting = early.remove(id);
        if (waiting != null) {
            waiting.forEach(at -> ledger.received(0, number, at));
        }
    }

    /** Conversation {@code id} arrived at {@code atNanos}; ids of no send of this flow are ignored. */
    synchronized void arrived(String id, long atNanos) {
        Integer number = numbers.get(id);
        if (number != null) {
            ledger.received(0, number, atNanos);
        } else {
            early.computeIfAbsent(id, k -> new ArrayList<>()).add(atNanos);
        }
    }
}
