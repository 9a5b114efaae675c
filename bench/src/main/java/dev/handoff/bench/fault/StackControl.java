package dev.handoff.bench.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The operator's own commands: {@code ./handoff up} and {@code down} around the suites, {@code kill NAME} and
 * {@code restart NAME} for the faults.
 */
public final class StackControl {
    private final Path root;

    public StackControl(Path root) {
        this.root = root;
    }

    void kill(String component) {
        run(List.of("kill", component), 60);
    }

    void restart(String component) {
        run(List.of("restart", component), 300);
    }

    boolean healthy(String component) {
        return status().lines().anyMatch(line -> line.startsWith(component + " ") && line.endsWith("healthy"));
    }

    String status() {
        return run(List.of("status"), 60);
    }

    public String run(List<String> arguments, int timeoutSeconds) {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("handoff").toString());
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        "./handoff " + String.join(" ", arguments) + " took over " + timeoutSeconds + " s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("./handoff " + String.join(" ", arguments) + " failed ("
                        + process.exitValue() + "):\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("could not run ./handoff", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
