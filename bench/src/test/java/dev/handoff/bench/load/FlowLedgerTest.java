package dev.handoff.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The load verdicts catch what they claim, without a stack. */
class FlowLedgerTest {
    private static final long MS = 1_000_000L;

    @Test
    void messagesThatArriveOnceInOrderAreClean() {
        FlowLedger ledger = new FlowLedger("flow", true);
        for (int n = 1; n <= 3; n++) {
            ledger.sent(0, n, n * MS);
            ledger.received(0, n, n * MS + 2 * MS);
        }
        FlowVerdict verdict = ledger.verdict();
        assertThat(verdict.clean()).isTrue();
        assertThat(verdict.arrived()).isEqualTo(3);
        assertThat(verdict.millisAt(50)).isEqualTo(2.0);
    }

    @Test
    void aMessageThatNeverArrivesIsLost() {
        FlowLedger ledger = new FlowLedger("flow", true);
        ledger.sent(0, 1, 0);
        ledger.sent(0, 2, MS);
        ledger.received(0, 1, MS);
        assertThat(ledger.verdict().lost()).isEqualTo(1);
        assertThat(ledger.verdict().clean()).isFalse();
    }

    @Test
    void aMessageThatArrivesTwiceIsDuplicatedAndTimedOnce() {
        FlowLedger ledger = new FlowLedger("flow", true);
        ledger.sent(0, 1, 0);
        ledger.received(0, 1, 3 * MS);
        ledger.received(0, 1, 900 * MS);
        FlowVerdict verdict = ledger.verdict();
        assertThat(verdict.duplicated()).isEqualTo(1);
        assertThat(verdict.lost()).isZero();
        assertThat(verdict.micros().getTotalCount()).isEqualTo(1);
        assertThat(verdict.clean()).isFalse();
    }

    @Test
    void aMessageThatArrivesAfterALaterOneOfItsChatIsReordered() {
        FlowLedger ledger = new FlowLedger("flow", true);
        ledger.sent(0, 1, 0);
        ledger.sent(0, 2, MS);
        ledger.sent(1, 1, 0);
        ledger.received(0, 2, 2 * MS);
        ledger.received(1, 1, 2 * MS); // another chat in between: order is per chat
        ledger.received(0, 1, 3 * MS);
        FlowVerdict verdict = ledger.verdict();
        assertThat(verdict.reordered()).isEqualTo(1);
        assertThat(verdict.lost()).isZero();
        assertThat(verdict.clean()).isFalse();
    }

    @Test
    void observersThatDisagreeCountAsReordered() {
        FlowLedger ledger = new FlowLedger("crossing", true);
        ledger.sent(0, 1, 0);
        ledger.received(0, 1, MS);
        ledger.misordered(2);
        assertThat(ledger.verdict().reordered()).isEqualTo(2);
        assertThat(ledger.verdict().clean()).isFalse();
    }

    @Test
    void orderIsNotJudgedForConcurrentSenders() {
        FlowLedger ledger = new FlowLedger("handoffs", false);
        ledger.sent(0, 1, 0);
        ledger.sent(0, 2, MS);
        ledger.received(0, 2, 2 * MS);
        ledger.received(0, 1, 3 * MS);
        assertThat(ledger.verdict().reordered()).isEqualTo(-1);
        assertThat(ledger.verdict().clean()).isTrue();
    }

    @Test
    void aRefusedSendIsNotLostButFailsTheSmoke() {
        FlowLedger ledger = new FlowLedger("flow", true);
        ledger.sent(0, 1, 0);
        ledger.refused(0, 1);
        FlowVerdict verdict = ledger.verdict();
        assertThat(verdict.lost()).isZero();
        assertThat(verdict.refused()).isEqualTo(1);
        assertThat(verdict.clean()).isFalse();
    }

    @Test
    void aMessageNeverSentIsUnexpected() {
        FlowLedger ledger = new FlowLedger("flow", true);
        ledger.sent(0, 1, 0);
        ledger.received(0, 1, MS);
        ledger.received(5, 1, MS);
        assertThat(ledger.verdict().unexpected()).isEqualTo(1);
        assertThat(ledger.verdict().clean()).isFalse();
    }

    @Test
    void latencyRunsFromTheIntendedTimeSoALateSendCountsItsDelay() {
        Schedule schedule = new Schedule(0, 10, Duration.ofSeconds(1)); // due at 0, 100, 200, ... ms
        FlowLedger ledger = new FlowLedger("flow", true);
        long due = schedule.intendedAt(3);
        assertThat(due).isEqualTo(300 * MS);
        ledger.sent(0, 1, due);
        // The sender was held up and sent it 500 ms late; it then took 5 ms to arrive.
        long actuallySent = due + 500 * MS;
        ledger.received(0, 1, actuallySent + 5 * MS);
        assertThat(ledger.verdict().millisAt(100)).isBetween(504.0, 506.0);
    }

    @Test
    void anArrivalHoursLateIsStillRecorded() {
        FlowLedger ledger = new FlowLedger("flow", true);
        ledger.sent(0, 1, 0);
        ledger.received(0, 1, 5 * 3600 * 1000 * MS);
        assertThat(ledger.verdict().maxMillis()).isGreaterThan(4 * 3600 * 1000.0);
    }

    @Test
    void aScheduleHasRateTimesDurationSendsAndWaitsForTheirTurn() {
        long start = System.nanoTime();
        Schedule schedule = new Schedule(start, 50, Duration.ofMillis(200));
        assertThat(schedule.count()).isEqualTo(10);
        long due = schedule.awaitTurn(5);
        assertThat(due).isEqualTo(start + 100 * MS);
        assertThat(System.nanoTime()).isGreaterThanOrEqualTo(due);
    }

    @Test
    void awaitAllReturnsWhenEveryMessageArrivedAndReportsAMissingOne() throws InterruptedException {
        FlowLedger ledger = new FlowLedger("flow", true);
        ledger.sent(0, 1, System.nanoTime());
        Thread receiver = new Thread(() -> ledger.received(0, 1, System.nanoTime()));
        receiver.start();
        assertThat(ledger.awaitAll(Duration.ofSeconds(10))).isTrue();
        ledger.sent(0, 2, System.nanoTime());
        assertThat(ledger.awaitAll(Duration.ofMillis(50))).isFalse();
    }
}
