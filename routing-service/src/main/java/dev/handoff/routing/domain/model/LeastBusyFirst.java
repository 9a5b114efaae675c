package dev.handoff.routing.domain.model;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the agents a conversation may go to: fewest chats (open offers count, they may become chats),
 * then the one idle longest (never busy counts as longest), then agent id, so every replica agrees.
 * The caller tries them in this order: the first may be full by the time its slot is taken.
 */
public final class LeastBusyFirst {
    private static final Comparator<AssignmentCandidate> ORDER = Comparator.comparingInt(AssignmentCandidate::load)
            .thenComparing(AssignmentCandidate::idleSince, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(c -> c.agentId().value());

    private LeastBusyFirst() {}

    /**
     * The agents with room, best first.
     *
     * @param skipPassedOver leave out agents who declined this conversation or let its offer time out (offers only:
     *     a direct assignment asks nobody, so a past refusal says nothing about it)
     */
    public static Ranking rank(Collection<AssignmentCandidate> candidates, boolean skipPassedOver) {
        List<AssignmentCandidate> withRoom =
                candidates.stream().filter(AssignmentCandidate::hasRoom).toList();
        List<AssignmentCandidate> eligible = withRoom.stream()
                .filter(c -> !(skipPassedOver && c.passedOver()))
                .sorted(ORDER)
                .toList();
        return new Ranking(eligible, eligible.isEmpty() && !withRoom.isEmpty());
    }

    /**
     * The outcome of ranking.
     *
     * @param inOrder who to try, best first
     * @param onlyPassedOver nobody is eligible although agents have room: all of them turned this conversation
     *     down, so the next conversation of the queue may still find someone
     */
    public record Ranking(List<AssignmentCandidate> inOrder, boolean onlyPassedOver) {
        public Ranking {
            inOrder = List.copyOf(inOrder);
        }
    }
}
