package dev.handoff.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's table and its place in a docs page. */
class LoadReportTest {
    private static final long MS = 1_000_000L;

    @Test
    void theTableHasEachFlowsCountsFloorRatioAndCpuAndTheDocsPageKeepsItsOtherSections(@TempDir Path dir)
            throws Exception {
        FlowLedger ledger = new FlowLedger("visitor -> agent (WebSocket)", true);
        ledger.sent(0, 1, 0);
        ledger.sent(0, 2, 0);
        ledger.received(0, 1, 8 * MS);
        LoadReport report = new LoadReport(
                List.of(new FlowResult(
                        new FlowSettings(50, Duration.ofSeconds(30), 20),
                        ledger.verdict(),
                        Map.of("kafka", 30L, "handoff-service", 70L),
                        Map.of("kafka", 600L, "handoff-service", 345L),
                        1_000)),
                new KafkaFloor.Result(100, 600, 1.5, 1, 4, 9, "4.1.1"),
                IdleBaseline.of(Map.of("kafka", 20L, "handoff-service", 20L), 1_000),
                new Machine(2, "1.00 2.00 3.00", "4.00 5.00 6.00", "17", "abc1234"),
                Instant.parse("2026-12-06T04:00:00Z"),
                true);
        String md = report.markdown();
        assertThat(md)
                .contains("| visitor -> agent (WebSocket) | 50 | 30 | 20 | 2 | 8.0 |")
                // floor p99, ratio, lost, dup, reordered, refused, CPU, CPU less 40 ms/s idle over 1 s
                .contains("| 4 | 2.0 | 1 | 0 | 0 | 0 | 100.0 | 60.0 |")
                .contains(
                        "Idle: with no load the stack spent 40.0 ms of CPU per second (handoff-service 20.0, kafka 20.0)")
                .contains("2 cores, load average 1.00 2.00 3.00 before")
                .contains("`abc1234`")
                .contains("| visitor -> agent (WebSocket) | 345 | 600 |"); // resident MiB, components by name

        Path page = dir.resolve("benchmarks.md");
        Files.writeString(
                page,
                "# Benchmarks\n\nIntro.\n\n" + LoadReport.BEGIN + "\nold\n" + LoadReport.END + "\n\n## Later\n",
                StandardCharsets.UTF_8);
        report.writeInto(page);
        String text = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("# Benchmarks\n\nIntro.\n\n")
                .endsWith(LoadReport.END + "\n\n## Later\n")
                .doesNotContain("old")
                .contains("| visitor -> agent (WebSocket) |");
        report.write(dir);
        assertThat(Files.readString(dir.resolve("load-report.json")))
                .contains("\"lost\" : 1")
                .contains("\"handoff-service\" : 345")
                .contains("\"cpuMillisPerMessageAboveIdle\" : 60.0");
    }
}
