package dev.handoff.routing.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.domain.model.PositionAnnouncements.Plan;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.model.WaitStatus;
import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PositionAnnouncementsTest {
    private static final Duration PACE = Duration.ofSeconds(30);
    private static final QueueChange REORDERED = new QueueChange.Reordered();

    private static List<ConversationId> order(String... ids) {
        return Arrays.stream(ids).map(ConversationId::of).toList();
    }

    private static Map<ConversationId, AnnouncedPlace> told(String... ids) {
        List<ConversationId> order = order(ids);
        return order.stream()
                .collect(Collectors.toMap(
                        id -> id, id -> new AnnouncedPlace(order.indexOf(id) + 1, 30L * (order.indexOf(id) + 1))));
    }

    private static List<String> announced(Plan plan) {
        return plan.announce().entrySet().stream()
                .map(e -> e.getKey().value() + "@" + e.getValue().position() + "/"
                        + e.getValue().waitSeconds())
                .toList();
    }

    @Test
    void onlyVisitorsWhosePlaceChangedHearItOnceWhateverHappenedMeanwhile() {
        // a, b and d were taken since the last announcement; c and e moved up
        Plan plan = PositionAnnouncements.plan(
                order("c", "e"), told("a", "b", "c", "d", "e"), List.of(REORDERED, REORDERED, REORDERED), PACE);

        assertThat(announced(plan)).containsExactly("c@1/30", "e@2/60");
        assertThat(plan.store().keySet()).extracting(ConversationId::value).containsExactly("c", "e");
        assertThat(plan.gone()).extracting(ConversationId::value).containsExactlyInAnyOrder("a", "b", "d");
    }

    @Test
    void nothingChangedNothingIsAnnounced() {
        Plan plan = PositionAnnouncements.plan(order("a", "b"), told("a", "b"), List.of(REORDERED), PACE);

        assertThat(plan.announce()).isEmpty();
        assertThat(plan.store()).isEmpty();
        assertThat(plan.gone()).isEmpty();
    }

    @Test
    void aJoinerIsNotToldAgainWhatItsQueuedEventSaidButIsStored() {
        ConversationId c = ConversationId.of("c");
        Plan plan = PositionAnnouncements.plan(
                order("a", "b", "c"),
                told("a", "b"),
                List.of(new QueueChange.Joined(c, new AnnouncedPlace(3, 90))),
                PACE);

        assertThat(plan.announce()).isEmpty();
        assertThat(plan.store()).containsOnly(Map.entry(c, new AnnouncedPlace(3, 90)));
    }

    @Test
    void aHigherPriorityJoinerMovesTheOthersBackAndAJoinerToldAStalePlaceHearsTheRightOne() {
        ConversationId urgent = ConversationId.of("urgent");
        ConversationId late = ConversationId.of("late");
        // late was told 3, but urgent arrived ahead of it in the meantime
        Plan plan = PositionAnnouncements.plan(
                order("urgent", "a", "b", "late"),
                told("a", "b"),
                List.of(
                        new QueueChange.Joined(late, new AnnouncedPlace(3, 90)),
                        new QueueChange.Joined(urgent, new AnnouncedPlace(1, 30))),
                PACE);

        assertThat(announced(plan)).containsExactly("a@2/60", "b@3/90", "late@4/120");
    }

    @Test
    void aConversationThatCameBackHearsItsPlaceEvenWhenItIsTheOneItWasToldBefore() {
        ConversationId b = ConversationId.of("b");
        // b was taken and put back (transfer, requeue) before the announcer ran: same place as before
        Plan plan = PositionAnnouncements.plan(
                order("a", "b", "c"), told("a", "b", "c"), List.of(REORDERED, new QueueChange.Returned(b)), PACE);

        assertThat(announced(plan)).containsExactly("b@2/60");
        assertThat(plan.store()).isEmpty();
    }

    @Test
    void aPaceChangeThatMattersIsAnnouncedToEveryoneEvenWithoutAMoveButADriftIsNot() {
        Plan slower =
                PositionAnnouncements.plan(order("a", "b"), told("a", "b"), List.of(REORDERED), Duration.ofSeconds(90));
        assertThat(announced(slower)).containsExactly("a@1/90", "b@2/180");

        // 30 s per place drifting to 35 s: 30 -> 35 and 60 -> 70 change nothing a visitor would do
        Plan drift =
                PositionAnnouncements.plan(order("a", "b"), told("a", "b"), List.of(REORDERED), Duration.ofSeconds(35));
        assertThat(announced(drift)).isEmpty();
        assertThat(drift.store()).isEmpty();
    }

    @Test
    void aChangeOfWaitStatusIsAnnouncedEvenWithTheSamePlace() {
        Plan plan = PositionAnnouncements.plan(
                order("a", "b"), told("a", "b"), List.of(REORDERED), new QueueOutlook(WaitStatus.NO_AGENTS, PACE));
        assertThat(plan.announce().values()).extracting(AnnouncedPlace::status).containsOnly(WaitStatus.NO_AGENTS);
        assertThat(plan.announce().values())
                .extracting(AnnouncedPlace::waitSeconds)
                .containsOnly(0L);
    }

    @Test
    void aLongLineIsPlannedWithoutSearchingTheLineForEachVisitor() {
        String[] ids = IntStream.rangeClosed(1, 2_000).mapToObj(i -> "c" + i).toArray(String[]::new);
        Map<ConversationId, AnnouncedPlace> stored = new HashMap<>(told(ids));
        stored.put(ConversationId.of("taken"), new AnnouncedPlace(1, 30));
        // two arrivals since the last pass: the line is longer than what was stored, as when people keep coming
        List<ConversationId> now = new ArrayList<>(order(ids));
        now.addAll(order("new1", "new2"));
        SearchCountingList line = new SearchCountingList(now);

        Plan plan = PositionAnnouncements.plan(line, stored, List.of(REORDERED), PACE);

        assertThat(plan.gone()).extracting(ConversationId::value).containsExactly("taken");
        assertThat(line.searches).as("searches of the whole line").isZero();
    }

    /** A line that counts how often it is searched: each search visits every chat in it. */
    private static final class SearchCountingList extends AbstractList<ConversationId> {
        private final List<ConversationId> chats;
        private int searches;

        SearchCountingList(List<ConversationId> chats) {
            this.chats = chats;
        }

        @Override
        public ConversationId get(int index) {
            return chats.get(index);
        }

        @Override
        public int size() {
            return chats.size();
        }

        @Override
        public int indexOf(Object o) {
            searches++;
            return chats.indexOf(o);
        }

        @Override
        public boolean contains(Object o) {
            searches++;
            return chats.contains(o);
        }
    }
}
