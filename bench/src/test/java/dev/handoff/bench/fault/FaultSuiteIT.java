package dev.handoff.bench.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The fault suite against {@code ./handoff up}: the short run (two kills) in {@code ./mvnw verify}, every fault with
 * {@code -Dfault.full=true} (see bench/README.md). Uses a stack that is already up and leaves it up; otherwise starts
 * one with {@code ./handoff up --no-build} and stops it again. Needs the local stack's fixed ports.
 */
class FaultSuiteIT {
    private static final Path ROOT = Path.of(System.getProperty("bench.projectRoot", "..")).toAbsolutePath().normalize();
    private static final Path OUTPUT = Path.of(System.getProperty("bench.outputDir", "target/fault-suite"));

    @Test
    void noMessageIsLostDuplicatedOrReorderedAndEveryStallIsShort() throws Exception {
        boolean full = Boolean.getBoolean("fault.full");
        FaultSuiteConfig config = full ? FaultSuiteConfig.full(ROOT, OUTPUT) : FaultSuiteConfig.shortRun(ROOT, OUTPUT);
        StackControl control = new StackControl(ROOT);
        boolean ours = !gatewayAnswers();
        if (ours) {
            control.run(java.util.List.of("up", "--no-build"), 600);
        }
        FaultReport report;
        try {
            report = new FaultSuite(config).run();
        } finally {
            if (ours) {
                control.run(java.util.List.of("down"), 300);
            }
        }
        System.out.println(report.markdown());
        String document = System.getProperty("fault.writeDocs", "");
        if (!document.isBlank()) {
            report.writeInto(ROOT.resolve(document));
        }
        assertThat(report.verdicts()).as("messages per direction (%s)", OUTPUT.resolve("fault-report.md"))
                .allMatch(Ledger.Verdict::clean);
        assertThat(report.verdicts()).allMatch(v -> v.acked() > 0);
        assertThat(report.outcomes()).as("faults").hasSize(config.faults().size() * 2).allMatch(FaultOutcome::passes);
    }

    private static boolean gatewayAnswers() {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:8080/")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 302;
        } catch (Exception e) {
            return false;
        }
    }
}
