package dev.handoff.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hold's probe without a stack: its settings from the knobs, and its row beside the pings'. */
class HoldWithProbeTest {
    private static final long MS = 1_000_000L;
    private static final Path HERE = Path.of(".");
    private static final List<String> KNOBS = List.of("load.probeRate", "load.chats", "load.seconds");

    @Test
    void theFullRunProbesOnlyWhenAskedOverTheChatsAndForTheSecondsOfTheHold() {
        assertThat(LoadConfig.full(HERE, HERE, HERE).probing()).isFalse();
        System.setProperty("load.probeRate", "500");
        System.setProperty("load.chats", "300");
        System.setProperty("load.seconds", "30");
        try {
            LoadConfig config = LoadConfig.full(HERE, HERE, HERE);
            assertThat(config.probing()).isTrue();
            assertThat(config.holdProbe()).isEqualTo(new FlowSettings(500, Duration.ofSeconds(30), 300));
            assertThat(config.holdProbe().duration())
                    .isEqualTo(config.idlePings().duration());
        } finally {
            KNOBS.forEach(System::clearProperty);
        }
    }

    @Test
    void theSmokeProbesAFewMessagesASecondForTheWholeHold() {
        LoadConfig smoke = LoadConfig.smoke(HERE, HERE, HERE);
        assertThat(smoke.probing()).isTrue();
        assertThat(smoke.holdProbe().rate()).isBetween(1.0, 10.0);
        assertThat(smoke.holdProbe().chats()).isPositive();
        assertThat(smoke.holdProbe().duration()).isEqualTo(smoke.idlePings().duration());
    }

    @Test
    void theProbeIsARowOfItsOwnJudgedLikeAChatFlowThatSharesTheHoldsCpu() {
        FlowLedger pings = new FlowLedger("idle sockets: ping -> pong", true);
        for (int socket = 0; socket < 4; socket++) {
            pings.sent(socket, 1, 0);
            pings.received(socket, 1, MS);
        }
        FlowLedger probe = new FlowLedger(HoldWithProbe.PROBE_FLOW, true);
        probe.sent(0, 1, 0);
        probe.sent(0, 2, 0);
        probe.sent(1, 1, 0);
        probe.received(0, 2, 20 * MS);
        probe.received(0, 1, 40 * MS); // after a later message of its chat
        List<FlowResult> rows = FlowResult.together(
                List.of(
                        new FlowSettings(400, Duration.ofSeconds(30), 10_000),
                        new FlowSettings(500, Duration.ofSeconds(30), 300)),
                List.of(pings.verdict(), probe.verdict()),
                Map.of("handoff-service", 1_000L, "kafka", 1_000L),
                Map.of("handoff-service", 1_600L, "kafka", 1_200L),
                Map.of("handoff-service", 851L),
                30_000);
        assertThat(rows).extracting(r -> r.cpuMillis().get("handoff-service")).containsExactly(600L, 600L);
        String md = new LoadReport(
                        rows,
                        new KafkaFloor.Result(100, 600, 1.5, 1, 4, 10, "4.1.1"),
                        IdleBaseline.of(Map.of(), 0),
                        new Machine(2, "1.00 2.00 3.00", "4.00 5.00 6.00", "17", "abc1234"),
                        Instant.parse("2026-12-07T04:00:00Z"),
                        true)
                .markdown();
        // sent, p50, then floor p99, ratio, lost, dup, reordered, refused, and the window's 800 ms over 2 arrivals
        assertThat(md)
                .contains("| visitor -> agent during the hold | 500 | 30 | 300 | 3 | 20.0 |")
                .contains("| 4 | 10.0 | 1 | 0 | 1 | 0 | 400.0 | n/a |")
                .contains("| idle sockets: ping -> pong | 400 | 30 | 10000 | 4 | 1.0 |")
                .contains("| 4 | 0.3 | 0 | 0 | 0 | 0 | 200.0 | n/a |");
    }
}
