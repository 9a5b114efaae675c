package dev.handoff.bench.load;

import dev.handoff.bench.chat.Tag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per chat, the order in which each observer showed both sides' messages (a socket as frames came, the stored
 * history as read at the end), and which messages were sent only after another's send was answered. The verdict
 * compares every view with the stored history and checks each answered-before pair in every view.
 */
final class CrossingOrder {
    static final String HISTORY = "history";

    private final Map<Integer, Map<String, Set<Tag>>> views = new TreeMap<>();
    private final List<Pair> answeredBefore = new ArrayList<>();

    private record Pair(Tag first, Tag second) {}

    /**
     * @param moved        messages a view shows in another place than the history (the fewest that, moved, make
     *                     the two agree), summed over views
     * @param missing      messages in the history a view never showed, or shown by a view and never stored
     * @param answeredLate answered-before pairs shown second first, once per view that does
     */
    record Verdict(int chats, int views, int moved, int missing, int answeredLate) {
        /** Everything that breaks the one order: counted as reordered, so a run with any of it is not clean. */
        int breaks() {
            return moved + missing + answeredLate;
        }

        String summary() {
            return "crossing order: " + chats + " chats, " + views + " views; moved " + moved + ", missing " + missing
                    + ", sent after an answer but shown before " + answeredLate;
        }
    }

    /** {@code view} showed {@code tag} (of the chat the tag names) now; a repeat keeps its first place. */
    synchronized void saw(String view, Tag tag) {
        views.computeIfAbsent(tag.chat(), c -> new TreeMap<>())
                .computeIfAbsent(view, v -> new LinkedHashSet<>())
                .add(tag);
    }

    /** {@code second} was sent only after the send of {@code first} was answered "stored". */
    synchronized void answeredBefore(Tag first, Tag second) {
        answeredBefore.add(new Pair(first, second));
    }

    synchronized Verdict verdict() {
        int viewCount = 0;
        int moved = 0;
        int missing = 0;
        for (Map<String, Set<Tag>> chat : views.values()) {
            List<Tag> history = List.copyOf(chat.getOrDefault(HISTORY, Set.of()));
            for (Map.Entry<String, Set<Tag>> view : chat.entrySet()) {
                viewCount++;
                if (view.getKey().equals(HISTORY)) {
                    continue;
                }
                List<Integer> places = new ArrayList<>();
                view.getValue().forEach(tag -> places.add(history.indexOf(tag)));
                long shownAndStored = places.stream().filter(p -> p >= 0).count();
                missing += (int) (history.size() - shownAndStored) + (places.size() - (int) shownAndStored);
                moved += (int) shownAndStored - longestRising(places);
            }
        }
        int late = 0;
        for (Pair pair : answeredBefore) {
            for (Set<Tag> view :
                    views.getOrDefault(pair.first().chat(), Map.of()).values()) {
                List<Tag> order = List.copyOf(view);
                int first = order.indexOf(pair.first());
                int second = order.indexOf(pair.second());
                if (first >= 0 && second >= 0 && second < first) {
                    late++;
                }
            }
        }
        return new Verdict(views.size(), viewCount, moved, missing, late);
    }

    /** The length of the longest rising run (not necessarily adjacent) of the places that are in the history. */
    private static int longestRising(List<Integer> places) {
        List<Integer> tails = new ArrayList<>();
        for (int place : places) {
            if (place < 0) {
                continue;
            }
            int at = 0;
            while (at < tails.size() && tails.get(at) < place) {
                at++;
            }
            if (at == tails.size()) {
                tails.add(place);
            } else {
                tails.set(at, place);
            }
        }
        return tails.size();
    }
}
