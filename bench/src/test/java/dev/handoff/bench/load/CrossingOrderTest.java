package dev.handoff.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.bench.chat.Tag;
import dev.handoff.bench.chat.Tag.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The crossing flow's order verdicts catch what they claim, without a stack. */
class CrossingOrderTest {
    private static final int CHAT = 3000;
    private static final Tag V1 = new Tag(Direction.VISITOR_TO_AGENT, CHAT, 1);
    private static final Tag A1 = new Tag(Direction.AGENT_TO_VISITOR, CHAT, 1);
    private static final Tag A2 = new Tag(Direction.AGENT_TO_VISITOR, CHAT, 2);
    private static final Tag V2 = new Tag(Direction.VISITOR_TO_AGENT, CHAT, 2);

    @Test
    void viewsThatShowTheHistorysOrderAreClean() {
        CrossingOrder order = views(List.of(V1, A1, A2, V2), List.of(V1, A1, A2, V2), List.of(V1, A1, A2, V2));
        order.answeredBefore(A2, V2);
        CrossingOrder.Verdict verdict = order.verdict();
        assertThat(verdict.breaks()).isZero();
        assertThat(verdict.views()).isEqualTo(3);
    }

    @Test
    void aViewThatSwapsTwoCrossingMessagesHasOneMoved() {
        CrossingOrder order = views(List.of(V1, A1, A2, V2), List.of(A1, V1, A2, V2), List.of(V1, A1, A2, V2));
        CrossingOrder.Verdict verdict = order.verdict();
        assertThat(verdict.moved()).isEqualTo(1);
        assertThat(verdict.breaks()).isEqualTo(1);
    }

    @Test
    void aMessageShownBeforeOneAnsweredEarlierIsLateInThatView() {
        CrossingOrder order = views(List.of(V1, A1, A2, V2), List.of(V1, A1, V2, A2), List.of(V1, A1, A2, V2));
        order.answeredBefore(A2, V2);
        CrossingOrder.Verdict verdict = order.verdict();
        assertThat(verdict.answeredLate()).isEqualTo(1);
        assertThat(verdict.moved()).isEqualTo(1);
    }

    @Test
    void aPairStoredAndShownSecondFirstEverywhereIsCaughtThoughTheViewsAgree() {
        CrossingOrder order = views(List.of(V1, A1, V2, A2), List.of(V1, A1, V2, A2), List.of(V1, A1, V2, A2));
        order.answeredBefore(A2, V2);
        CrossingOrder.Verdict verdict = order.verdict();
        assertThat(verdict.moved()).isZero();
        assertThat(verdict.answeredLate()).isEqualTo(3);
        assertThat(verdict.breaks()).isEqualTo(3);
    }

    @Test
    void aStoredMessageAViewNeverShowedIsMissing() {
        CrossingOrder order = views(List.of(V1, A1, A2, V2), List.of(V1, A1, A2), List.of(V1, A1, A2, V2));
        CrossingOrder.Verdict verdict = order.verdict();
        assertThat(verdict.missing()).isEqualTo(1);
        assertThat(verdict.moved()).isZero();
    }

    @Test
    void aRepeatKeepsItsFirstPlace() {
        CrossingOrder order = views(List.of(V1, A1), List.of(V1, A1, V1), List.of(V1, A1));
        assertThat(order.verdict().breaks()).isZero();
    }

    private static CrossingOrder views(List<Tag> history, List<Tag> visitor, List<Tag> console) {
        CrossingOrder order = new CrossingOrder();
        history.forEach(tag -> order.saw(CrossingOrder.HISTORY, tag));
        visitor.forEach(tag -> order.saw("visitor", tag));
        console.forEach(tag -> order.saw("console 0", tag));
        return order;
    }
}
