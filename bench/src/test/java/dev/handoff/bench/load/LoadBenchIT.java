package dev.handoff.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.bench.LocalStackExtension;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The load benchmark against {@code ./handoff up}: a smoke of every flow at low rates in {@code ./mvnw verify}, the
 * benchmark with {@code -Dload.full=true} (see bench/README.md). It fails on any lost, duplicated, reordered or
 * refused message; latencies are reported, never asserted.
 */
@ExtendWith(LocalStackExtension.class)
class LoadBenchIT {
    private static final Path OUTPUT = Path.of(System.getProperty("load.outputDir", "target/load"));
    private static final Path FLOOR_CLASSPATH =
            Path.of(System.getProperty("load.floorClasspath", "target/kafka-floor.classpath"));

    @Test
    void everyFlowDeliversEachMessageOnceAndInOrder() throws Exception {
        boolean full = Boolean.getBoolean("load.full");
        Path root = LocalStackExtension.ROOT;
        LoadConfig config =
                full ? LoadConfig.full(root, OUTPUT, FLOOR_CLASSPATH) : LoadConfig.smoke(root, OUTPUT, FLOOR_CLASSPATH);
        Set<String> flows = full
                ? Arrays.stream(System.getProperty("load.flows", "").split(","))
                        .map(String::trim)
                        .filter(f -> !f.isEmpty())
                        .collect(Collectors.toSet())
                : Set.of();
        Optional<Path> profile =
                full && Boolean.getBoolean("load.profile") ? Optional.of(OUTPUT.resolve("profile")) : Optional.empty();
        LoadReport report = new LoadBench(config, full, flows, profile).run();
        System.out.println(report.markdown());
        String document = System.getProperty("load.writeDocs", "");
        if (!document.isBlank()) {
            report.writeInto(root.resolve(document));
        }
        boolean probed = config.probing() && (flows.isEmpty() || flows.contains("idle-pings"));
        // The hold's probe has a row of its own beside the pings'.
        assertThat(report.flows())
                .hasSize((flows.isEmpty() ? LoadBench.FLOWS.size() : flows.size()) + (probed ? 1 : 0));
        assertThat(report.flows())
                .as("flows (%s)", OUTPUT.resolve("load-report.md"))
                .allSatisfy(flow -> assertThat(flow.verdict().clean())
                        .as(flow.verdict().counts())
                        .isTrue());
    }
}
