package dev.handoff.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.testinfra.RawHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Socket.IO's long-polling endpoint, which runs in the servlet container beside JAX-RS: protocol versions the engine
 * does not speak, unknown transports and sessions, JSONP, bodies that are no Engine.IO payload, oversized or
 * chunked bodies, a second waiting poll, paths and methods it does not serve. Each must be a problem, never the
 * engine's own JSON, an HTML page or a 500; and the session stays usable after its client's bad packets.
 */
final class EngineIoCases {
    private static final String POLL = "/socket.io/?EIO=4&transport=polling";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EngineIoCases() {}

    static void run(URI handoff, HostileReport report) {
        for (String target : List.of(
                "/socket.io/?EIO=5&transport=polling",
                "/socket.io/?transport=polling",
                "/socket.io/?EIO=%EF%BC%94&transport=polling",
                "/socket.io/?EIO=4&transport=foo",
                POLL + "&j=0",
                POLL + "&sid=unknown",
                "/socket.io/",
                "/socket.io/..%2f..%2fq%2fmetrics")) {
            check(handoff, report, "GET " + target, "GET", target, Map.of(), null, Set.of(400));
        }
        check(handoff, report, "unknown path", "GET", "/socket.io/x" + POLL.substring(11), Map.of(), null, Set.of(404));
        check(handoff, report, "PUT", "PUT", POLL, Map.of(), new byte[0], Set.of(405));
        check(handoff, report, "TRACE", "TRACE", POLL, Map.of("Authorization", "Bearer secret"), null, Set.of(405));
        check(handoff, report, "POST without a session", "POST", POLL, text(), bytes("2"), Set.of(400));
        check(
                handoff,
                report,
                "an upgrade with EIO=5",
                "GET",
                "/socket.io/?EIO=5&transport=websocket",
                Map.of(
                        "Upgrade",
                        "websocket",
                        "Connection",
                        "Upgrade",
                        "Sec-WebSocket-Key",
                        "dGhlIHNhbXBsZSBub25jZQ==",
                        "Sec-WebSocket-Version",
                        "13"),
                null,
                Set.of(400));
        String session = POLL + "&sid=" + handshake(handoff);
        for (String body : List.of("%%%%", "", "4garbage", "42[\"x\"", "b4AAAA", "9", "40/live_agent,{bad")) {
            check(handoff, report, "POST '" + body + "'", "POST", session, text(), bytes(body), Set.of(400));
        }
        check(
                handoff,
                report,
                "POST of bytes that are not UTF-8",
                "POST",
                session,
                text(),
                new byte[] {'4', (byte) 0xff, (byte) 0xfe},
                Set.of(400));
        check(
                handoff,
                report,
                "POST of 70 KiB",
                "POST",
                session,
                text(),
                bytes("4" + "x".repeat(70 * 1024)),
                Set.of(413));
        Map<String, String> chunked =
                Map.of("Content-Type", "text/plain;charset=UTF-8", "Transfer-Encoding", "chunked");
        check(handoff, report, "chunked POST", "POST", session, chunked, bytes("1\r\n2\r\n0\r\n\r\n"), Set.of(411));
        twoPolls(handoff, report, session);
    }

    /**
     * Two polls of one session at once: whichever the server takes second is refused at once as an overlap, the
     * other waits, and a packet the server answers (the namespace's connect ack) releases it with a 200.
     */
    private static void twoPolls(URI handoff, HostileReport report, String session) {
        List<CompletableFuture<RawHttp.Response>> polls = List.of(
                CompletableFuture.supplyAsync(() -> RawHttp.send(handoff, "GET", session, Map.of(), null)),
                CompletableFuture.supplyAsync(() -> RawHttp.send(handoff, "GET", session, Map.of(), null)));
        RawHttp.Response refused = (RawHttp.Response)
                CompletableFuture.anyOf(polls.toArray(CompletableFuture[]::new)).join();
        check(report, "a second poll while one waits", "GET " + session, refused, Set.of(400), false);
        check(
                handoff,
                report,
                "a valid packet after the bad ones",
                "POST",
                session,
                text(),
                bytes("40/live_agent,"),
                Set.of(),
                true);
        RawHttp.Response waited = polls.stream()
                .map(CompletableFuture::join)
                .filter(r -> r != refused)
                .findFirst()
                .orElseThrow();
        check(report, "the poll that waited", "GET " + session, waited, Set.of(), true);
    }

    private static void check(
            URI handoff,
            HostileReport report,
            String label,
            String method,
            String target,
            Map<String, String> headers,
            byte[] body,
            Set<Integer> expected) {
        check(handoff, report, label, method, target, headers, body, expected, false);
    }

    private static void check(
            URI handoff,
            HostileReport report,
            String label,
            String method,
            String target,
            Map<String, String> headers,
            byte[] body,
            Set<Integer> expected,
            boolean accepted) {
        check(
                report,
                label,
                method + " " + RawHttp.cut(target),
                RawHttp.send(handoff, method, target, headers, body),
                expected,
                accepted);
    }

    private static void check(
            HostileReport report,
            String label,
            String request,
            RawHttp.Response response,
            Set<Integer> expected,
            boolean accepted) {
        HostileCase c =
                new HostileCase("sio-polling", label, "handoff-service", "", "", Map.of(), null, expected, accepted);
        report.record(
                "sio-polling",
                "Socket.IO polling: " + label,
                request,
                response.status() + " " + ApiContract.snippet(response),
                ApiContract.violations(c, response));
    }

    private static String handshake(URI handoff) {
        RawHttp.Response open = RawHttp.send(handoff, "GET", POLL, Map.of(), null);
        try {
            return JSON.readTree(open.text().substring(open.text().indexOf('{')))
                    .path("sid")
                    .asText();
        } catch (IOException e) {
            throw new UncheckedIOException("no Engine.IO handshake: " + open.text(), e);
        }
    }

    private static Map<String, String> text() {
        return Map.of("Content-Type", "text/plain;charset=UTF-8");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
