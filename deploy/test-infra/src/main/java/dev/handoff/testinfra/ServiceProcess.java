package dev.handoff.testinfra;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/** One packaged Quarkus service running as a child process: start, wait until ready, read its log, stop. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Process orphanGuard;
    private final Path log;
    private final URI baseUri;

    private ServiceProcess(String name, Process process, Process orphanGuard, Path log, URI baseUri) {
        this.name = name;
        this.process = process;
        this.orphanGuard = orphanGuard;
        this.log = log;
        this.baseUri = baseUri;
    }

    /**
     * Starts {@code java -jar <jar>} on a free port, its output going to {@code <logDir>/<name>.log}.
     *
     * @param env configuration on top of the inherited environment, whose QUARKUS_* variables are dropped
     */
    public static ServiceProcess start(String name, Path jar, Map<String, String> env, Path logDir) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: package " + name + " first");
        }
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java, "-jar", jar.toAbsolutePath().toString())
                // Quarkus reads .env and config/ from its working directory: the log directory has neither.
                .directory(logDir.toFile())
                .redirectErrorStream(true)
                // Appended: a service started again under the same name keeps the log of its crash.
                .redirectOutput(Redirect.appendTo(log.toFile()));
        // A developer's shell must not reconfigure the services under test.
        builder.environment().keySet().removeIf(key -> key.startsWith("QUARKUS_"));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        Process process = builder.start();
        return new ServiceProcess(name, process, guard(process.pid()), log, URI.create("http://localhost:" + port));
    }

    /** @return where the service listens, e.g. {@code http://localhost:41234} */
    public String baseUri() {
        return baseUri.toString();
    }

    /** Waits until {@code /q/health/ready} answers 200; fails with the log's tail if it does not or the JVM exits. */
    public void awaitReady(Duration timeout) {
        HttpRequest ready = HttpRequest.newBuilder(baseUri.resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            await(name + " ready")
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(250))
                    .failFast(name + " exited", () -> !process.isAlive())
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> HTTP.send(ready, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200);
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new AssertionError(e.getMessage() + "\n--- last lines of " + log + " ---\n" + logTail(60), e);
        }
    }

    /** @return the last {@code lines} lines of the service's output */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** @return the process id of the service's JVM */
    public long pid() {
        return process.pid();
    }

    /** @return true while the service's JVM runs */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Asks the service and anything it started to shut down (SIGTERM), without waiting: several stop at once. */
    public void stopAsync() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    /**
     * Kills the service at once (SIGKILL, no shutdown hooks: a crash) and anything it started, and waits until it is
     * gone. The operating system closes its connections, as it would after a real crash.
     */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not die within 20 s of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            orphanGuard.destroy();
        }
    }

    /** Stops the service (SIGTERM, then SIGKILL after 20 s) and anything it started, and waits for it. */
    @Override
    public void close() {
        stopAsync();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } finally {
            orphanGuard.destroy();
        }
    }

    /**
     * A shell that kills the service once this JVM is gone, even by SIGKILL (say, a failsafe timeout):
     * its read returns when the pipe whose only writer is this JVM closes. close() ends it first.
     */
    private static Process guard(long pid) throws IOException {
        return new ProcessBuilder("/bin/sh", "-c", "read -r _; kill " + pid)
                .redirectOutput(Redirect.DISCARD)
                .redirectError(Redirect.DISCARD)
                .start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
