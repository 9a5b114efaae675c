package dev.handoff.e2e;

import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.RawHttp;
import io.vertx.core.Vertx;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The socket classes of docs/api-errors.md, against {@code /ws/visitor}, {@code /ws/agent} and Socket.IO over
 * WebSocket: oversized frames and messages close with 1009 and a reason, binary frames with 1003; bad frames on the
 * native sockets get an error frame and the socket stays usable; a bad query parameter or credential closes with the
 * socket's 44xx code; Socket.IO frames that are no packet close with 1007; a second {@code username} and a NUL in
 * {@code from_user} get a {@code handoff_error}.
 */
final class SocketCases {
    private static final int OVER = 70 * 1024;

    /** Where the sockets are and how to get in. */
    record Targets(
            URI handoff,
            URI agent,
            String visitorToken,
            Supplier<String> ticket,
            String sioBot,
            String sioConversation) {}

    private final Vertx vertx;
    private final Targets targets;
    private final HostileReport report;

    SocketCases(Vertx vertx, Targets targets, HostileReport report) {
        this.vertx = vertx;
        this.targets = targets;
        this.report = report;
    }

    void run() {
        String visitor = "/ws/visitor?token=" + targets.visitorToken();
        for (String kind : List.of(
                "a single frame of 70 KiB",
                "a single frame of 900 KiB",
                "two frames of 35 KiB",
                "two frames of 150 KiB")) {
            closes("ws-oversize", "/ws/visitor: " + kind, targets.handoff(), visitor, s -> oversized(s, kind), 1009);
            closes("ws-oversize", "/ws/agent: " + kind, targets.agent(), agent(), s -> oversized(s, kind), 1009);
        }
        for (String kind : List.of("a single frame of 70 KiB", "a single frame of 2 MiB", "two frames of 150 KiB")) {
            closes("ws-oversize", "Socket.IO: " + kind, targets.handoff(), sio(), s -> oversized(s, kind), 1009);
        }
        closes(
                "ws-binary",
                "/ws/visitor: a binary frame",
                targets.handoff(),
                visitor,
                s -> s.binary(new byte[] {1, 2}),
                1003);
        closes(
                "ws-binary",
                "/ws/agent: a binary frame",
                targets.agent(),
                agent(),
                s -> s.binary(new byte[] {1, 2}),
                1003);
        closes(
                "ws-binary",
                "Socket.IO: a binary frame",
                targets.handoff(),
                sio(),
                s -> s.binary(new byte[] {4, 2}),
                1003);
        closes(
                "ws-malformed",
                "Socket.IO: an Engine.IO frame that is no packet",
                targets.handoff(),
                sio(),
                s -> s.text("%%%%"),
                1007);
        closes(
                "ws-malformed",
                "Socket.IO: a Socket.IO packet that does not parse",
                targets.handoff(),
                sio(),
                s -> s.text("42[\"username\","),
                1007);
        badFrames(
                "/ws/visitor",
                targets.handoff(),
                visitor,
                "{\"type\":\"ping\"}",
                List.of(
                        "not json",
                        "{\"type\":\"ping\",\"type\":\"ping\"}",
                        "[]",
                        "{\"type\":\"nope\"}",
                        "{\"type\":\"message\",\"clientMessageId\":\"c1\",\"text\":\"a\\u0000b\"}",
                        "{\"type\":\"message\",\"clientMessageId\":\"c2\",\"text\":\"a\\ud800\"}",
                        "{\"type\":\"message\",\"clientMessageId\":\"c\\u0007\",\"text\":\"hi\"}",
                        "{\"type\":\"resume\",\"afterSequence\":1e400}"));
        badFrames(
                "/ws/visitor",
                targets.handoff(),
                visitor,
                "{\"type\":\"ping\"}",
                List.of(
                        "{\"type\":\"message\",\"clientMessageId\":\"c3\",\"text\":\"" + "x".repeat(17_000) + "\"}",
                        "{\"type\":\"rate\",\"score\":\"５\"}",
                        "{\"type\":\"typing\",\"typing\":\"true\"}"));
        badFrames(
                "/ws/agent",
                targets.agent(),
                agent(),
                "{\"type\":\"ping\"}",
                List.of(
                        "not json",
                        "{\"type\":\"ping\",\"type\":\"ping\"}",
                        "[]",
                        "{\"type\":\"nope\"}",
                        "{\"type\":\"resume\",\"afterSeq\":-1}",
                        "{\"type\":\"status\",\"status\":\"ONLINE\\u0000\"}",
                        "{\"type\":\"resume\",\"afterSeq\":\"５\"}"));
        closedOnOpen("/ws/visitor?after=５", targets.handoff(), visitor + "&after=%EF%BC%95", 4400);
        closedOnOpen("/ws/visitor?after=-1", targets.handoff(), visitor + "&after=-1", 4400);
        closedOnOpen("/ws/agent?afterSeq=1e3", targets.agent(), agent() + "&afterSeq=1e3", 4400);
        closedOnOpen("/ws/visitor with a forged token", targets.handoff(), "/ws/visitor?token=forged.x", 4403);
        closedOnOpen("/ws/agent with an unknown ticket", targets.agent(), "/ws/agent?ticket=nope", 4401);
        socketIoEvents();
    }

    private void oversized(SocketProbe socket, String kind) {
        switch (kind) {
            case "a single frame of 70 KiB" -> socket.text("x".repeat(OVER));
            case "a single frame of 900 KiB" -> socket.text("x".repeat(900 * 1024));
            case "a single frame of 2 MiB" -> socket.text("x".repeat(2 << 20));
            case "two frames of 35 KiB" -> socket.fragmented("x".repeat(OVER));
            default -> socket.fragmented("x".repeat(300 * 1024));
        }
    }

    /** Sends what {@code act} sends and expects the server to close with {@code code} and a reason. */
    private void closes(String caseClass, String label, URI base, String path, Consumer<SocketProbe> act, int code) {
        List<String> broken = new ArrayList<>();
        String outcome;
        try (SocketProbe socket = SocketProbe.open(vertx, ws(base, path))) {
            act.accept(socket);
            SocketProbe.Closed closed = socket.awaitClose();
            outcome = closed == null ? "still open" : "closed " + closed.code() + " '" + closed.reason() + "'";
            if (closed == null || closed.code() != code || closed.reason().isBlank()) {
                broken.add("expected a close " + code + " with a reason");
            }
        } catch (RuntimeException e) {
            outcome = "no connection: " + e.getMessage();
            broken.add(outcome);
        }
        report.record(caseClass, label, path.length() > 80 ? path.substring(0, 80) + "..." : path, outcome, broken);
    }

    /**
     * A socket the server closes right after the upgrade, with {@code code} and a reason. The JDK's client has its
     * listener before the upgrade, so it sees a close that comes at once.
     */
    private void closedOnOpen(String label, URI base, String path, int code) {
        int query = path.indexOf('?');
        List<String> broken = new ArrayList<>();
        String outcome;
        try (JsonSocketClient socket =
                JsonSocketClient.open(URI.create(base + path.substring(0, query)), path.substring(query + 1))) {
            JsonSocketClient.Closed closed = socket.awaitClose();
            outcome = "closed " + closed.code() + " '" + closed.reason() + "'";
            if (closed.code() != code || closed.reason().isBlank()) {
                broken.add("expected a close " + code + " with a reason");
            }
        } catch (RuntimeException e) {
            outcome = "no connection: " + e.getMessage();
            broken.add(outcome);
        }
        report.record("ws-bad-query", label, label, outcome, broken);
    }

    /** Each frame gets an error frame; afterwards the socket still answers {@code probe} (a ping). */
    private void badFrames(String socketName, URI base, String path, String probe, List<String> frames) {
        attempt(
                "ws-bad-frame",
                socketName + ": bad frames",
                () -> sendBadFrames(socketName, base, path, probe, frames));
    }

    private void sendBadFrames(String socketName, URI base, String path, String probe, List<String> frames) {
        try (SocketProbe socket = SocketProbe.open(vertx, ws(base, path))) {
            for (String frame : frames) {
                socket.text(frame);
                String answer = socket.await(text -> text.contains("\"type\":\"error\""));
                List<String> broken = answer == null ? List.of("no error frame") : List.of();
                report.record(
                        "ws-bad-frame",
                        socketName + ": " + RawHttp.cut(frame),
                        RawHttp.cut(frame),
                        answer == null ? (socket.isOpen() ? "nothing" : "closed") : answer,
                        broken);
            }
            socket.text(probe);
            String pong = socket.await(text -> text.contains("\"type\":\"pong\""));
            report.record(
                    "ws-bad-frame",
                    socketName + ": still usable after the bad frames",
                    probe,
                    pong == null ? "no pong" : pong,
                    pong == null ? List.of("the socket no longer answers") : List.of());
        }
    }

    /** A second username on one socket, and a NUL in a visitor message, are refused with handoff_error. */
    private void socketIoEvents() {
        attempt("sio-event", "Socket.IO events", this::sendSocketIoEvents);
    }

    private void sendSocketIoEvents() {
        try (SocketProbe socket = SocketProbe.open(vertx, ws(targets.handoff(), sio()))) {
            socket.await(text -> text.startsWith("0"));
            socket.text("40/live_agent,");
            socket.await(text -> text.startsWith("40/live_agent"));
            socket.text(event("username", targets.sioConversation()));
            event(socket, "Socket.IO: username of the handed-off conversation", "chat_joined");
            socket.text("42/live_agent,[\"from_user\",{\"message\":\"a\\u0000b\",\"ConversationID\":\""
                    + targets.sioConversation() + "\",\"BotID\":\"" + targets.sioBot() + "\"}]");
            error(socket, "Socket.IO: from_user with NUL", "invalid-payload");
            socket.text(event("username", "another-" + targets.sioConversation()));
            error(socket, "Socket.IO: a second username on one socket", "already-joined");
            socket.text("42/live_agent,[\"no_such_event\",{}]");
            error(socket, "Socket.IO: an unknown event", "unknown-event");
        }
    }

    /** Runs a group of socket cases; a connection that fails midway is a failed case, not the end of the suite. */
    private void attempt(String caseClass, String label, Runnable group) {
        try {
            group.run();
        } catch (RuntimeException e) {
            report.record(caseClass, label, "", "failed midway", List.of(e.toString()));
        }
    }

    private String event(String name, String conversation) {
        return "42/live_agent,[\"" + name + "\",{\"ConversationID\":\"" + conversation + "\",\"BotID\":\""
                + targets.sioBot() + "\"}]";
    }

    private void event(SocketProbe socket, String label, String name) {
        String answer = socket.await(text -> text.contains("[\"" + name + "\""));
        report.record(
                "sio-event",
                label,
                name,
                answer == null ? "nothing" : answer,
                answer == null ? List.of("no " + name) : List.of());
    }

    private void error(SocketProbe socket, String label, String code) {
        Predicate<String> wanted = text -> text.contains("handoff_error") && text.contains("\"code\":\"" + code + "\"");
        String answer = socket.await(wanted);
        report.record(
                "sio-event",
                label,
                code,
                answer == null ? "nothing" : answer,
                answer == null ? List.of("no handoff_error " + code) : List.of());
    }

    private String agent() {
        return "/ws/agent?ticket=" + targets.ticket().get();
    }

    private static String sio() {
        return "/socket.io/?EIO=4&transport=websocket";
    }

    private static URI ws(URI base, String path) {
        return URI.create("ws://" + base.getHost() + ":" + base.getPort() + path);
    }
}
