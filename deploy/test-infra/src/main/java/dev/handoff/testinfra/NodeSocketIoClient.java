package dev.handoff.testinfra;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One real npm {@code socket.io-client} (3.1.3 or 4.x) in a Node process, driven over stdin/stdout JSON lines by
 * a {@code client.js} next to its {@code node_modules} (handoff-service's {@code src/test/socketio-client}): the
 * test acts through it and asserts on what it received.
 */
public final class NodeSocketIoClient implements AutoCloseable {
    public static final Duration WAIT = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(NodeSocketIoClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where the client lives when a test runs in handoff-service. */
    private static final Path CLIENT_DIR = Path.of("src", "test", "socketio-client");

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private final Process process;
    private final Writer stdin;
    private final List<JsonNode> reports = new CopyOnWriteArrayList<>();
    private final AtomicInteger acks = new AtomicInteger();
    private final String name;

    private NodeSocketIoClient(Process process, String name) {
        this.process = process;
        this.name = name;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        pump(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)), true);
        pump(new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)), false);
    }

    /** Starts Node with the client script of handoff-service's tests (the working directory is that module). */
    public static NodeSocketIoClient start() {
        return start(CLIENT_DIR);
    }

    /** Starts Node with {@code clientDir/client.js}; its npm packages come from {@code npm ci} in generate-test-resources. */
    public static NodeSocketIoClient start(Path clientDir) {
        if (!Files.isDirectory(clientDir.resolve("node_modules"))) {
            throw new IllegalStateException(clientDir + "/node_modules is missing: run the Maven build (npm ci)");
        }
        try {
            Process process = new ProcessBuilder("node", "client.js")
                    .directory(clientDir.toFile())
                    .start();
            NodeSocketIoClient client = new NodeSocketIoClient(process, "sio-client-" + CLIENTS.incrementAndGet());
            client.awaitReport(r -> r.path("kind").asText().equals("ready"));
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start node (is Node.js installed?)", e);
        }
    }

    /** Connects like the Botlhale snippet: {@code io.connect(url + namespace)}; {@code origin} may be null. */
    public NodeSocketIoClient connect(int version, String transport, URI server, String namespace, String origin) {
        ObjectNode command = JSON.createObjectNode()
                .put("op", "connect")
                .put("version", version)
                .put("url", server.resolve(namespace).toString())
                .put("transport", transport);
        if (origin != null) {
            command.put("origin", origin);
        }
        send(command);
        return this;
    }

    /** Emits {@code event} with {@code args} (anything Jackson writes: maps, strings, numbers...). */
    public void emit(String event, Object... args) {
        send(JSON.createObjectNode().put("op", "emit").put("event", event).set("args", JSON.valueToTree(args)));
    }

    /** Emits with an acknowledgement callback; returns the id that {@link #awaitAck} waits for. */
    public int emitWithAck(String event, Object... args) {
        int ack = acks.incrementAndGet();
        ObjectNode command =
                JSON.createObjectNode().put("op", "emit").put("event", event).put("ack", ack);
        command.set("args", JSON.valueToTree(args));
        send(command);
        return ack;
    }

    public void disconnect() {
        send(JSON.createObjectNode().put("op", "disconnect"));
    }

    /** The first payload of the {@code n}-th (from 1) {@code event} received, waiting for it. */
    public JsonNode awaitEvent(String event, int n) {
        return awaitFound(
                () -> events(event).size() >= n ? Optional.of(events(event).get(n - 1)) : Optional.empty());
    }

    public JsonNode awaitEvent(String event) {
        return awaitEvent(event, 1);
    }

    /** The first payload of the first {@code event} that matches. */
    public JsonNode awaitEvent(String event, Predicate<JsonNode> matching) {
        return awaitFound(() -> events(event).stream().filter(matching).findFirst());
    }

    /** First payloads of every {@code event} received so far, in order (a missing payload is a null node). */
    public List<JsonNode> events(String event) {
        return reports.stream()
                .filter(r -> r.path("kind").asText().equals("event")
                        && r.path("event").asText().equals(event))
                .map(r -> r.path("args").path(0))
                .toList();
    }

    /** Names of every event received so far, in order. */
    public List<String> eventNames() {
        return reports.stream()
                .filter(r -> r.path("kind").asText().equals("event"))
                .map(r -> r.path("event").asText())
                .toList();
    }

    public JsonNode awaitAck(int ack) {
        return awaitReport(r ->
                        r.path("kind").asText().equals("ack") && r.path("ack").asInt() == ack)
                .path("args")
                .path(0);
    }

    public String awaitConnected() {
        return awaitReport(r -> r.path("kind").asText().equals("connect"))
                .path("transport")
                .asText();
    }

    public String awaitDisconnect() {
        return awaitReport(r -> r.path("kind").asText().equals("disconnect"))
                .path("reason")
                .asText();
    }

    public boolean disconnected() {
        return reports.stream().anyMatch(r -> r.path("kind").asText().equals("disconnect"));
    }

    /** Every report from the {@code from}-th (from 0) on, without waiting: for drivers that follow the stream. */
    public List<JsonNode> reportsFrom(int from) {
        List<JsonNode> all = List.copyOf(reports);
        return from >= all.size() ? List.of() : all.subList(from, all.size());
    }

    public JsonNode awaitReport(Predicate<JsonNode> matching) {
        return awaitFound(() -> reports.stream().filter(matching).findFirst());
    }

    private JsonNode awaitFound(Supplier<Optional<JsonNode>> found) {
        return await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(20))
                .failFast(
                        "the Node client failed: " + failures(),
                        () -> !failures().isEmpty())
                .until(found::get, Optional::isPresent)
                .orElseThrow();
    }

    private List<JsonNode> failures() {
        return reports.stream()
                .filter(r -> r.path("kind").asText().equals("failure"))
                .toList();
    }

    private synchronized void send(JsonNode command) {
        try {
            stdin.write(JSON.writeValueAsString(command));
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(name + " is not listening", e);
        }
    }

    private void pump(BufferedReader reader, boolean reportsStream) {
        Thread thread = new Thread(
                () -> {
                    try (reader) {
                        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                            if (reportsStream) {
                                LOG.debugf("%s <- %s", name, line);
                                reports.add(JSON.readTree(line));
                            } else {
                                LOG.infof("%s stderr: %s", name, line);
                            }
                        }
                    } catch (IOException e) {
                        LOG.debugf("%s output closed: %s", name, e);
                    }
                },
                name + (reportsStream ? "-out" : "-err"));
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        try {
            send(JSON.createObjectNode().put("op", "exit"));
            stdin.close();
        } catch (IOException | UncheckedIOException e) {
            LOG.debugf("%s already gone: %s", name, e);
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
