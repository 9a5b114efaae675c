package dev.handoff.bench.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.bench.LocalStackExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fault suite against {@code ./handoff up}: the short run (two kills) in {@code ./mvnw verify}, every fault with
 * {@code -Dfault.full=true} (see bench/README.md). Uses a stack that is already up and leaves it up; otherwise
 * {@link LocalStackExtension} starts one for this test run and stops it after. Needs the local stack's fixed ports.
 */
@ExtendWith(LocalStackExtension.class)
class FaultSuiteIT {
    private static final Path ROOT = LocalStackExtension.ROOT;
    private static final Path OUTPUT = Path.of(System.getProperty("bench.outputDir", "target/fault-suite"));

    @Test
    void noMessageIsLostDuplicatedOrReorderedAndEveryStallIsShort() throws Exception {
        boolean full = Boolean.getBoolean("fault.full");
        FaultSuiteConfig config = full ? FaultSuiteConfig.full(ROOT, OUTPUT) : FaultSuiteConfig.shortRun(ROOT, OUTPUT);
        String only = System.getProperty("fault.only", "");
        if (!only.isBlank()) {
            config = config.only(List.of(only.split(",")));
        }
        FaultReport report = new FaultSuite(config).run();
        System.out.println(report.markdown());
        String document = System.getProperty("fault.writeDocs", "");
        if (!document.isBlank()) {
            report.writeInto(ROOT.resolve(document));
        }
        assertThat(report.verdicts())
                .as("messages per direction (%s)", OUTPUT.resolve("fault-report.md"))
                .allMatch(Ledger.Verdict::clean);
        assertThat(report.verdicts()).allMatch(v -> v.acked() > 0);
        assertThat(report.outcomes())
                .as("faults")
                .hasSize(config.faults().size() * 2)
                .allMatch(FaultOutcome::passes);
    }
}
