package dev.handoff.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Playwright browser tests of {@code deploy/e2e/browser} (TypeScript, {@code @playwright/test}, installed
 * by {@code npm ci} before the ITs) against a running stack, in Debian's headless Chromium. Their output goes to
 * {@code target/e2e-logs/browser-tests.log} (JUnit XML beside it), screenshots to {@code target/screenshots/}.
 */
final class BrowserTests {
    static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    private BrowserTests() {}

    /** The outcome: the runner's exit code and the end of its output. */
    record Result(int exitCode, String tail) {}

    static Result run(Path root, Path target, String gatewayUrl, Duration timeout)
            throws IOException, InterruptedException {
        Path logs = target.resolve("e2e-logs");
        Files.createDirectories(logs);
        Path screenshots = Files.createDirectories(target.resolve("screenshots"));
        try (var old = Files.newDirectoryStream(screenshots, "*.png")) {
            for (Path png : old) {
                Files.delete(png); // the artefacts are this run's screens only
            }
        }
        Path log = logs.resolve("browser-tests.log");
        ProcessBuilder builder = new ProcessBuilder("npm", "test", "--silent")
                .directory(root.resolve("deploy/e2e/browser").toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("HANDOFF_GATEWAY_URL", gatewayUrl);
        env.put("E2E_TARGET_DIR", target.toString());
        env.put("CHROMIUM_PATH", CHROMIUM);
        env.put("CI", "1");
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return new Result(-1, "timed out after " + timeout + "\n" + tail(log));
        }
        return new Result(process.exitValue(), tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }
}
