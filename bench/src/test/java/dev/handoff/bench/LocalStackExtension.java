package dev.handoff.bench;

import dev.handoff.bench.fault.StackControl;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The local stack for the suites that run against it ({@code FaultSuiteIT}, {@code LoadBenchIT}): a stack that is up
 * is used and left up; otherwise {@code ./handoff up --no-build} runs once for every suite of the test run, and
 * {@code ./handoff down} after the last, so the suites share one start instead of each paying for its own.
 */
public final class LocalStackExtension implements BeforeAllCallback {
    /** The checkout whose {@code ./handoff} runs the stack. */
    public static final Path ROOT = Path.of(System.getProperty("bench.projectRoot", ".."))
            .toAbsolutePath()
            .normalize();

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalStackExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(StartedStack.class, k -> StartedStack.ensure(), StartedStack.class);
    }

    /** Brings the stack down at the end of the test run if this run brought it up. */
    static final class StartedStack implements AutoCloseable {
        private final StackControl control = new StackControl(ROOT);
        private final boolean ours;

        private StartedStack(boolean ours) {
            this.ours = ours;
        }

        static StartedStack ensure() {
            if (gatewayAnswers()) {
                return new StartedStack(false);
            }
            StartedStack started = new StartedStack(true);
            started.control.run(List.of("up", "--no-build"), 600);
            return started;
        }

        @Override
        public void close() {
            if (ours) {
                control.run(List.of("down"), 300);
            }
        }

        private static boolean gatewayAnswers() {
            try {
                HttpResponse<Void> response = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://localhost:8080/"))
                                        .timeout(Duration.ofSeconds(2))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                return response.statusCode() == 302;
            } catch (Exception e) {
                return false;
            }
        }
    }
}
