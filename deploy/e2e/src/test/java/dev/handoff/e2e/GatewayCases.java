package dev.handoff.e2e;

import static org.awaitility.Awaitility.await;

import dev.handoff.testinfra.RawHttp;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gateway as a process on a free port in front of the platform's services, and the request shapes it refuses
 * itself, as the edge: unused methods (TRACE would echo the Authorization header), targets that are not URIs or are
 * too long, oversized headers, bodies without a length or over the limit, requests the HTTP codec cannot read.
 */
final class GatewayCases implements AutoCloseable {
    private final Process process;
    private final Process orphanGuard;
    private final URI url;

    private GatewayCases(Process process, URI url) throws IOException {
        this.process = process;
        this.url = url;
        // kills the gateway once this JVM is gone, even by SIGKILL: the read ends when our end of the pipe closes
        this.orphanGuard = new ProcessBuilder("/bin/sh", "-c", "read -r _; kill " + process.pid())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Starts {@code deploy/gateway/target/gateway.jar} routing to the platform's services. */
    static GatewayCases start(Platform platform, Path root, Path logDir, List<String> services) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-jar",
                root.resolve("deploy/gateway/target/gateway.jar").toString(),
                "--port",
                String.valueOf(port),
                "--upstream-host",
                "localhost"));
        for (String service : services) {
            command.add("--" + service + "-port");
            command.add(String.valueOf(URI.create(platform.url(service)).getPort()));
        }
        java.nio.file.Files.createDirectories(logDir);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logDir.resolve("gateway.log").toFile())
                .start();
        URI url = URI.create("http://localhost:" + port);
        GatewayCases gateway = new GatewayCases(process, url);
        try {
            await("the gateway listens on " + port)
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> accepts(port));
        } catch (RuntimeException e) {
            gateway.close();
            throw e;
        }
        return gateway;
    }

    URI url() {
        return url;
    }

    /** The cases only the gateway answers. */
    List<HostileCase> cases(String token) {
        List<HostileCase> cases = new ArrayList<>();
        Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
        for (String method : List.of("TRACE", "PATCH", "FOO", "TRACK")) {
            cases.add(gateway(
                            "gateway-method",
                            method + " /api/v1/queue",
                            method,
                            "/api/v1/queue",
                            auth,
                            null,
                            Set.of(405))
                    .checking(response ->
                            response.text().contains(token) || response.text().contains("Bearer")
                                    ? List.of("the request's headers are echoed")
                                    : List.of()));
        }
        cases.add(gateway(
                "gateway-method",
                "CONNECT localhost:8080",
                "CONNECT",
                "localhost:8080",
                Map.of(),
                null,
                Set.of(400, 405)));
        for (int length : new int[] {9000, 20_000, 100_000}) {
            cases.add(gateway(
                    "gateway-uri",
                    "a target of " + length + " characters",
                    "GET",
                    "/api/v1/queue/" + "a".repeat(length),
                    auth,
                    null,
                    Set.of(414)));
        }
        cases.add(gateway("gateway-uri", "a bad escape", "GET", "/api/v1/queue/%zz", auth, null, Set.of(400)));
        cases.add(gateway("gateway-uri", "a raw space", "GET", "/api/v1/queue/a b", auth, null, Set.of(400)));
        cases.add(gateway(
                "gateway-uri", "a dot segment", "GET", "/api/v1/queue/../../q/metrics", auth, null, Set.of(400)));
        cases.add(gateway("gateway-uri", "no route", "GET", "/nope", auth, null, Set.of(404)));
        cases.add(gateway(
                "gateway-headers",
                "40 KiB of headers",
                "GET",
                "/api/v1/queue",
                Map.of("Authorization", "Bearer " + token, "X-Padding", "p".repeat(40 * 1024)),
                null,
                Set.of(431)));
        cases.add(gateway(
                "gateway-body",
                "a chunked body",
                "PUT",
                "/api/v1/routing/settings",
                Map.of(
                        "Authorization",
                        "Bearer " + token,
                        "Content-Type",
                        "application/json",
                        "Transfer-Encoding",
                        "chunked"),
                "2\r\n{}\r\n0\r\n\r\n".getBytes(StandardCharsets.UTF_8),
                Set.of(411)));
        cases.add(gateway(
                "gateway-body",
                "a declared 11 MiB body",
                "PUT",
                "/api/v1/routing/settings",
                Map.of(
                        "Authorization",
                        "Bearer " + token,
                        "Content-Type",
                        "application/json",
                        "Content-Length",
                        String.valueOf(11L << 20)),
                "{}".getBytes(StandardCharsets.UTF_8),
                Set.of(413)));
        cases.add(gateway(
                "gateway-body",
                "an 11 MiB body, sent",
                "PUT",
                "/api/v1/routing/settings",
                Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"),
                new byte[11 << 20],
                Set.of(413)));
        return cases;
    }

    /** A request the HTTP codec cannot read at all; its answer must be a problem too. */
    RawHttp.Response garbage() {
        return RawHttp.sendRaw(url, "GARBAGE\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static HostileCase gateway(
            String caseClass,
            String label,
            String method,
            String target,
            Map<String, String> headers,
            byte[] body,
            Set<Integer> expected) {
        return HostileCase.refused(caseClass, label, "gateway", method, target, headers, body, expected);
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        orphanGuard.destroy();
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
