package dev.handoff.bench.fault;

import dev.handoff.bench.chat.Received;
import dev.handoff.bench.chat.Tag;
import dev.handoff.bench.chat.Tag.Direction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every driven message: when it was first sent, when it was acknowledged, and each time a socket showed it, in arrival
 * order per chat; then the stored histories. Judges lost, duplicated and reordered messages from that.
 */
final class Ledger implements Received {
    private final Map<Tag, Message> messages = new ConcurrentHashMap<>();
    private final Map<String, List<Integer>> socketOrder = new HashMap<>();
    private final Map<String, List<Integer>> historyOrder = new HashMap<>();
    private final long epoch = System.nanoTime();

    /** One message's life. Times are milliseconds since the ledger was made. */
    static final class Message {
        final Tag tag;
        final long sentAt;
        volatile long ackedAt = -1;
        volatile long firstShownAt = -1;
        volatile int shown;
        volatile int attempts;

        Message(Tag tag, long sentAt) {
            this.tag = tag;
            this.sentAt = sentAt;
        }

        long latency() {
            return firstShownAt < 0 ? -1 : firstShownAt - sentAt;
        }
    }

    long now() {
        return (System.nanoTime() - epoch) / 1_000_000;
    }

    void sent(Tag tag) {
        messages.put(tag, new Message(tag, now()));
    }

    void attempted(Tag tag) {
        messages.get(tag).attempts++;
    }

    void acked(Tag tag) {
        messages.get(tag).ackedAt = now();
    }

    @Override
    public void received(Tag tag, String channel) {
        long at = now();
        synchronized (this) {
            socketOrder
                    .computeIfAbsent(key(tag.direction(), tag.chat()), k -> new ArrayList<>())
                    .add(tag.number());
            Message message = messages.get(tag);
            if (message != null) {
                if (message.firstShownAt < 0) {
                    message.firstShownAt = at;
                }
                message.shown++;
            }
        }
    }

    /** A chat's stored history in one direction, in stored order. */
    synchronized void history(Direction direction, int chat, List<Integer> numbers) {
        historyOrder.put(key(direction, chat), List.copyOf(numbers));
    }

    Collection<Message> messages() {
        return messages.values();
    }

    /** True once every acknowledged message was shown by a socket. */
    boolean allAckedShown() {
        return messages.values().stream().noneMatch(m -> m.ackedAt >= 0 && m.shown == 0);
    }

    /** The verdict for one direction. */
    synchronized Verdict verdict(Direction direction) {
        List<Message> mine = messages.values().stream()
                .filter(m -> m.tag.direction() == direction)
                .toList();
        Set<Integer> chats = new HashSet<>();
        mine.forEach(m -> chats.add(m.tag.chat()));
        int acked = 0;
        int lostSocket = 0;
        int lostHistory = 0;
        int storedUnacked = 0;
        for (Message m : mine) {
            boolean inHistory = historyOrder
                    .getOrDefault(key(direction, m.tag.chat()), List.of())
                    .contains(m.tag.number());
            if (m.ackedAt >= 0) {
                acked++;
                lostSocket += m.shown == 0 ? 1 : 0;
                lostHistory += inHistory ? 0 : 1;
            } else if (inHistory || m.shown > 0) {
                storedUnacked++;
            }
        }
        int dupSocket = 0;
        int dupHistory = 0;
        int reorderedSocket = 0;
        int reorderedHistory = 0;
        for (int chat : chats) {
            List<Integer> socket = socketOrder.getOrDefault(key(direction, chat), List.of());
            List<Integer> history = historyOrder.getOrDefault(key(direction, chat), List.of());
            dupSocket += duplicates(socket);
            dupHistory += duplicates(history);
            reorderedSocket += reordered(socket);
            reorderedHistory += reordered(history);
        }
        return new Verdict(
                direction,
                mine.size(),
                acked,
                storedUnacked,
                lostSocket,
                lostHistory,
                dupSocket,
                dupHistory,
                reorderedSocket,
                reorderedHistory);
    }

    /** How many entries repeat an earlier one. */
    static int duplicates(List<Integer> order) {
        return order.size() - new HashSet<>(order).size();
    }

    /** How many first appearances come after a later-numbered message (a sender sends its messages one by one). */
    static int reordered(List<Integer> order) {
        Set<Integer> seen = new HashSet<>();
        int highest = Integer.MIN_VALUE;
        int late = 0;
        for (int number : order) {
            if (!seen.add(number)) {
                continue;
            }
            if (number < highest) {
                late++;
            }
            highest = Math.max(highest, number);
        }
        return late;
    }

    private static String key(Direction direction, int chat) {
        return direction + "/" + chat;
    }

    /** Counts for one direction; a run passes when every lost, duplicated and reordered count is 0. */
    record Verdict(
            Direction direction,
            int sent,
            int acked,
            int storedUnacked,
            int lostSocket,
            int lostHistory,
            int duplicatedSocket,
            int duplicatedHistory,
            int reorderedSocket,
            int reorderedHistory) {
        boolean clean() {
            return lostSocket == 0
                    && lostHistory == 0
                    && duplicatedSocket == 0
                    && duplicatedHistory == 0
                    && reorderedSocket == 0
                    && reorderedHistory == 0;
        }
    }
}
