package dev.handoff.agent.adapter.in.websocket;

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

/** The packaged agent-service ({@code target/quarkus-app}) running as a child process: one replica of it. */
final class ReplicaProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Process orphanGuard;
    private final Path log;
    private final URI baseUri;

    private ReplicaProcess(String name, Process process, Process orphanGuard, Path log, URI baseUri) {
        this.name = name;
        this.process = process;
        this.orphanGuard = orphanGuard;
        this.log = log;
        this.baseUri = baseUri;
    }

    /** Starts {@code java -jar <jar>} on a free port with {@code env} on top of this JVM's (minus QUARKUS_*). */
    static ReplicaProcess start(String name, Path jar, Map<String, String> env, Path logDir) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: this test runs after the package phase");
        }
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The log directory as working directory: Quarkus reads .env and config/ from there, and it has neither.
        // C1 only: a test replica lives for seconds, and on a busy machine the full JIT mostly slows its start.
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-jar",
                        jar.toAbsolutePath().toString())
                .directory(logDir.toFile()).redirectErrorStream(true).redirectOutput(Redirect.to(log.toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("QUARKUS_"));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        Process process = builder.start();
        return new ReplicaProcess(name, process, guard(process.pid()), log, URI.create("http://localhost:" + port));
    }

    URI baseUri() {
        return baseUri;
    }

    /** The console socket's URL on this replica. */
    URI socketEndpoint() {
        return baseUri.resolve("/ws/agent");
    }

    /** Waits until {@code /q/health/ready} answers 200; fails with the log's tail if it does not or the JVM exits. */
    void awaitReady(Duration timeout) {
        HttpRequest ready = HttpRequest.newBuilder(baseUri.resolve("/q/health/ready")).timeout(Duration.ofSeconds(5))
                .build();
        try {
            await(name + " ready").atMost(timeout).pollInterval(Duration.ofMillis(250))
                    .failFast(name + " exited", () -> !process.isAlive())
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new AssertionError(e.getMessage() + "\n--- last lines of " + log + " ---\n" + logTail(60), e);
        }
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** SIGTERM without waiting, so that several replicas stop at once. */
    void stopAsync() {
        process.destroy();
    }

    /** Stops the replica (SIGTERM, then SIGKILL after 2 s: a graceful stop is not under test) and waits for it. */
    @Override
    public void close() {
        stopAsync();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } finally {
            orphanGuard.destroy();
        }
    }

    /** A shell that kills the replica once this JVM is gone, even by SIGKILL: its read ends when our pipe closes. */
    private static Process guard(long pid) throws IOException {
        return new ProcessBuilder("/bin/sh", "-c", "read -r _; kill " + pid)
                .redirectOutput(Redirect.DISCARD).redirectError(Redirect.DISCARD).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
