package dev.handoff.handoff.adapter.in.socketio;

import dev.handoff.runtime.problem.Problem;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The query of an Engine.IO request ({@code EIO}, {@code transport}, {@code sid}), checked: only the protocol
 * versions the engine speaks (3 and 4), only the transport the endpoint serves, no JSONP (the {@code j} parameter of
 * v3, which would make the answer a script any page could include).
 */
record EngineIoQuery(int version, String transport, String sid) {
    static final String POLLING = "polling";
    static final String WEBSOCKET = "websocket";

    /** The query, or the problem that refuses it. */
    static Result parse(String rawQuery, String expectedTransport) {
        Map<String, String> query = decode(rawQuery);
        String eio = query.get("EIO");
        if (!"3".equals(eio) && !"4".equals(eio)) {
            return Result.refused(problem(
                    "unsupported-protocol-version",
                    "Unsupported Engine.IO version",
                    "This endpoint speaks Engine.IO 3 and 4: send EIO=3 or EIO=4."));
        }
        if (query.containsKey("j")) {
            return Result.refused(problem(
                    "jsonp-not-supported",
                    "JSONP not supported",
                    "JSONP polling (the j parameter) is not served; use XHR polling or WebSocket."));
        }
        String transport = query.get("transport");
        if (!expectedTransport.equals(transport)) {
            return Result.refused(problem(
                    "unknown-transport",
                    "Unknown transport",
                    WEBSOCKET.equals(expectedTransport)
                            ? "A WebSocket upgrade needs transport=websocket."
                            : "Without a WebSocket upgrade, send transport=polling."));
        }
        return new Result(
                Optional.of(new EngineIoQuery(Integer.parseInt(eio), transport, query.get("sid"))), Optional.empty());
    }

    /** An Engine.IO problem of the contract's format. */
    static Problem problem(String kind, String title, String detail) {
        return Problem.of(400, kind, title, detail);
    }

    /** Either the query or the problem. */
    record Result(Optional<EngineIoQuery> query, Optional<Problem> refusal) {
        static Result refused(Problem problem) {
            return new Result(Optional.empty(), Optional.of(problem));
        }
    }

    private static Map<String, String> decode(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery == null) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.putIfAbsent(name, value);
        }
        return query;
    }
}
