package dev.handoff.bench.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.bench.chat.Tag;
import dev.handoff.bench.chat.Tag.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The suite's verdicts catch each kind of failure they claim to. */
class LedgerTest {
    private final Ledger ledger = new Ledger();

    @Test
    void aCleanRunIsClean() {
        send(1, 2, 3);
        shown(1, 2, 3);
        ledger.history(Direction.VISITOR_TO_AGENT, 0, List.of(1, 2, 3));
        assertThat(ledger.verdict(Direction.VISITOR_TO_AGENT).clean()).isTrue();
    }

    @Test
    void anAcknowledgedMessageNeverShownIsLostOnTheSocketAndMissingFromHistoryIsLostThere() {
        send(1, 2, 3);
        shown(1, 3);
        ledger.history(Direction.VISITOR_TO_AGENT, 0, List.of(1, 3));
        Ledger.Verdict verdict = ledger.verdict(Direction.VISITOR_TO_AGENT);
        assertThat(verdict.lostSocket()).isEqualTo(1);
        assertThat(verdict.lostHistory()).isEqualTo(1);
        assertThat(verdict.clean()).isFalse();
    }

    @Test
    void aMessageShownTwiceIsDuplicatedAndOneShownAfterALaterOneIsReordered() {
        send(1, 2, 3);
        shown(1, 3, 2, 3);
        ledger.history(Direction.VISITOR_TO_AGENT, 0, List.of(2, 1, 3, 3));
        Ledger.Verdict verdict = ledger.verdict(Direction.VISITOR_TO_AGENT);
        assertThat(verdict.duplicatedSocket()).isEqualTo(1);
        assertThat(verdict.reorderedSocket()).isEqualTo(1);
        assertThat(verdict.duplicatedHistory()).isEqualTo(1);
        assertThat(verdict.reorderedHistory()).isEqualTo(1);
        assertThat(verdict.lostSocket()).isZero();
    }

    @Test
    void aMessageNeverAcknowledgedIsNotLostButCountedWhenItWasStoredAnyway() {
        ledger.sent(new Tag(Direction.VISITOR_TO_AGENT, 0, 1));
        ledger.received(new Tag(Direction.VISITOR_TO_AGENT, 0, 1), "ws-agent");
        ledger.history(Direction.VISITOR_TO_AGENT, 0, List.of(1));
        Ledger.Verdict verdict = ledger.verdict(Direction.VISITOR_TO_AGENT);
        assertThat(verdict.acked()).isZero();
        assertThat(verdict.storedUnacked()).isEqualTo(1);
        assertThat(verdict.clean()).isTrue();
    }

    @Test
    void aStallIsTheLongestSilenceAroundTheFaultAndIsJudgedAgainstReadiness() {
        // Shown at 0..1000 ms every 100 ms, then nothing until 9000 ms: the component was ready at 6000 ms.
        Ledger.Message before = message(1, 900, 1000);
        Ledger.Message after = message(2, 1100, 9000);
        FaultOutcome outcome = FaultOutcome.of(
                "handoff-service", 1050, 6000, 12_000, Direction.VISITOR_TO_AGENT, List.of(before, after));
        assertThat(outcome.stallMillis()).isEqualTo(8000);
        assertThat(outcome.resumedAfterReadyMillis()).isEqualTo(3000);
        // A direction the component is not on keeps flowing: nothing to resume.
        FaultOutcome unaffected = FaultOutcome.of(
                "analytics-service",
                1050,
                6000,
                12_000,
                Direction.VISITOR_TO_AGENT,
                java.util.stream.IntStream.range(0, 120)
                        .mapToObj(i -> message(i + 1, i * 100L, i * 100L + 50))
                        .toList());
        assertThat(unaffected.resumedAfterReadyMillis()).isZero();
        assertThat(unaffected.stallMillis()).isLessThanOrEqualTo(100);
        assertThat(outcome.passes()).isTrue();
        FaultOutcome late = FaultOutcome.of(
                "handoff-service", 1050, 2000, 12_000, Direction.VISITOR_TO_AGENT, List.of(before, after));
        assertThat(late.resumedAfterReadyMillis()).isEqualTo(7000);
        assertThat(late.passes()).isFalse();
    }

    private static Ledger.Message message(int number, long sentAt, long shownAt) {
        Ledger.Message message = new Ledger.Message(new Tag(Direction.VISITOR_TO_AGENT, 0, number), sentAt);
        message.ackedAt = sentAt + 5;
        message.firstShownAt = shownAt;
        message.shown = 1;
        return message;
    }

    private void send(int... numbers) {
        for (int n : numbers) {
            Tag tag = new Tag(Direction.VISITOR_TO_AGENT, 0, n);
            ledger.sent(tag);
            ledger.acked(tag);
        }
    }

    private void shown(int... numbers) {
        for (int n : numbers) {
            ledger.received(new Tag(Direction.VISITOR_TO_AGENT, 0, n), "ws-agent");
        }
    }
}
