package dev.handoff.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The measurements beside the latencies: /proc/PID/stat, CPU per message, the floor tool's output. */
class MeasurementsTest {

    @Test
    void fieldsCountFromTheLastParenthesisSoANameWithSpacesAndParenthesesIsRead() {
        String stat = "4242 (java (a) b) S 1 4242 4100 0 -1 4194560 100 0 0 0 150 25 7 3 20 0 30 0 98765 0 321";
        ProcStat parsed = ProcStat.parse(4242, stat);
        assertThat(parsed.parent()).isEqualTo(1);
        assertThat(parsed.session()).isEqualTo(4100);
        assertThat(parsed.cpuTicks()).isEqualTo(150 + 25 + 7 + 3);
        assertThat(parsed.startTime()).isEqualTo(98765);
        assertThat(parsed.residentPages()).isEqualTo(321);
    }

    @Test
    void thisProcessIsFoundAndHasSpentSomeCpu() {
        ProcStat self = ProcStat.read(ProcessHandle.current().pid()).orElseThrow();
        assertThat(self.cpuTicks()).isPositive();
    }

    @Test
    void cpuPerMessageIsWhatEachComponentSpentDuringTheFlowOverTheArrivals() {
        Map<String, Long> spent = FlowResult.spent(
                Map.of("kafka", 1000L, "gateway", 500L), Map.of("kafka", 1400L, "gateway", 700L, "keycloak", 50L));
        assertThat(spent)
                .containsEntry("kafka", 400L)
                .containsEntry("gateway", 200L)
                .containsEntry("keycloak", 0L); // not seen before: restarted meanwhile, its time is unknown
        FlowLedger ledger = new FlowLedger("flow", true);
        for (int n = 1; n <= 100; n++) {
            ledger.sent(0, n, 0);
            ledger.received(0, n, 1);
        }
        FlowResult result =
                new FlowResult(new FlowSettings(1, Duration.ofSeconds(1), 1), ledger.verdict(), spent, Map.of(), 2_000);
        assertThat(result.cpuMillisPerMessage()).containsEntry("kafka", 4.0).containsEntry("total", 6.0);
        // idle, the stack spent 100 ms per second: 200 of the flow's 600 ms over its 2 s were not the messages'
        IdleBaseline idle = IdleBaseline.of(Map.of("kafka", 300L, "gateway", 200L), 5_000);
        assertThat(idle.millisPerSecond()).containsEntry("kafka", 60.0).containsEntry("total", 100.0);
        assertThat(result.cpuMillisPerMessageAbove(idle)).isEqualTo(4.0);
        assertThat(result.cpuMillisPerMessageAbove(IdleBaseline.NONE)).isEqualTo(6.0);
        IdleBaseline busier = IdleBaseline.of(Map.of("kafka", 5_000L), 1_000);
        assertThat(result.cpuMillisPerMessageAbove(busier)).isZero(); // never below zero
    }

    @Test
    void theFloorsPercentilesAreReadFromTheToolsOutput() throws Exception {
        KafkaFloor.Result floor = KafkaFloor.parse(
                "0\t3\nAvg latency: 1.2345 ms\nPercentiles: 50th = 1, 99th = 4, " + "99.9th = 12\n", 100, 512, "4.1.1");
        assertThat(floor.p50Millis()).isEqualTo(1);
        assertThat(floor.p99Millis()).isEqualTo(4);
        assertThat(floor.p999Millis()).isEqualTo(12);
        assertThat(floor.averageMillis()).isEqualTo(1.2345);
    }
}
