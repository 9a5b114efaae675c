package dev.handoff.routing.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.shared.id.AgentId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeastBusyFirstTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private static AssignmentCandidate agent(
            String id, int chats, int offers, int max, Instant idleSince, boolean passedOver) {
        return new AssignmentCandidate(AgentId.of(id), id, chats, offers, max, idleSince, passedOver);
    }

    private static List<String> order(LeastBusyFirst.Ranking ranking) {
        return ranking.inOrder().stream().map(c -> c.agentId().value()).toList();
    }

    @Test
    void theAgentWithTheFewestChatsComesFirstAndOpenOffersCountAsChats() {
        var ranking = LeastBusyFirst.rank(
                List.of(
                        agent("ann", 2, 0, 5, T0, false),
                        agent("bob", 0, 1, 5, T0, false),
                        agent("cid", 0, 0, 5, T0, false),
                        agent("dan", 1, 2, 5, T0, false)),
                false);

        assertThat(order(ranking)).containsExactly("cid", "bob", "ann", "dan");
        assertThat(ranking.onlyPassedOver()).isFalse();
    }

    @Test
    void equallyBusyAgentsGoInTheOrderTheyBecameIdleNeverBusyFirstThenById() {
        var ranking = LeastBusyFirst.rank(
                List.of(
                        agent("ann", 1, 0, 5, T0.plusSeconds(20), false),
                        agent("bob", 1, 0, 5, T0.plusSeconds(10), false),
                        agent("dan", 1, 0, 5, null, false),
                        agent("cid", 1, 0, 5, null, false)),
                false);

        assertThat(order(ranking)).containsExactly("cid", "dan", "bob", "ann");
    }

    @Test
    void agentsWithoutRoomAreLeftOutCountingTheirOpenOffers() {
        var ranking = LeastBusyFirst.rank(
                List.of(
                        agent("ann", 2, 0, 2, T0, false),
                        agent("bob", 1, 1, 2, T0, false),
                        agent("zed", 0, 0, 0, null, false),
                        agent("cid", 1, 0, 2, T0, false)),
                false);

        assertThat(order(ranking)).containsExactly("cid");
        assertThat(LeastBusyFirst.rank(List.of(agent("ann", 2, 0, 2, T0, false)), false)
                        .inOrder())
                .isEmpty();
        assertThat(LeastBusyFirst.rank(List.of(), false).onlyPassedOver()).isFalse();
    }

    @Test
    void whoTurnedTheConversationDownIsSkippedForOffersButNotForDirectAssignment() {
        List<AssignmentCandidate> candidates =
                List.of(agent("ann", 0, 0, 5, null, true), agent("bob", 1, 0, 5, T0, false));

        assertThat(order(LeastBusyFirst.rank(candidates, true))).containsExactly("bob");
        assertThat(order(LeastBusyFirst.rank(candidates, false))).containsExactly("ann", "bob");
    }

    @Test
    void whenEveryoneWithRoomTurnedItDownTheRankingSaysSoSoTheQueueMovesOnToTheNextConversation() {
        var ranking =
                LeastBusyFirst.rank(List.of(agent("ann", 0, 0, 5, null, true), agent("bob", 5, 0, 5, T0, false)), true);

        assertThat(ranking.inOrder()).isEmpty();
        assertThat(ranking.onlyPassedOver()).isTrue();
        // nobody has room at all: that is not the conversation's doing
        assertThat(LeastBusyFirst.rank(List.of(agent("bob", 5, 0, 5, T0, false)), true)
                        .onlyPassedOver())
                .isFalse();
    }
}
