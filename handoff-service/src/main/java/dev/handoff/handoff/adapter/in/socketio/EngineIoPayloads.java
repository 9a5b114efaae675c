package dev.handoff.handoff.adapter.in.socketio;

import io.socket.socketio.server.parser.IOParser;
import java.util.Optional;

/**
 * Checks the text of a long-polling POST against the Engine.IO payload format of its protocol version before the
 * engine sees it: the engine would throw (and the container answer 500) on an empty body or a malformed packet.
 */
final class EngineIoPayloads {
    private static final char V4_SEPARATOR = '\u001e';
    private static final char MESSAGE = '4';

    private EngineIoPayloads() {}

    /** Why {@code payload} is not a valid payload of Engine.IO {@code version} (3 or 4), or empty when it is. */
    static Optional<String> problem(String payload, int version) {
        if (payload.isEmpty()) {
            return Optional.of("A long-polling POST must carry at least one Engine.IO packet.");
        }
        return version == 4 ? v4(payload) : v3(payload);
    }

    private static Optional<String> v4(String payload) {
        int start = 0;
        while (start <= payload.length()) {
            int end = payload.indexOf(V4_SEPARATOR, start);
            String packet = payload.substring(start, end < 0 ? payload.length() : end);
            Optional<String> problem = packet(packet);
            if (problem.isPresent()) {
                return problem;
            }
            if (end < 0) {
                return Optional.empty();
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /** v3: {@code <length>:<packet>} repeated, the length counting the packet's characters. */
    private static Optional<String> v3(String payload) {
        int index = 0;
        while (index < payload.length()) {
            int colon = payload.indexOf(':', index);
            if (colon <= index
                    || colon - index > 9
                    || !payload.substring(index, colon).chars().allMatch(Character::isDigit)) {
                return Optional.of("An Engine.IO v3 payload is <length>:<packet>, repeated.");
            }
            int length = Integer.parseInt(payload.substring(index, colon));
            if (length > payload.length() - colon - 1) {
                return Optional.of("An Engine.IO v3 packet is shorter than its announced length.");
            }
            Optional<String> problem = packet(payload.substring(colon + 1, colon + 1 + length));
            if (problem.isPresent()) {
                return problem;
            }
            index = colon + 1 + length;
        }
        return Optional.empty();
    }

    /** Why {@code packet}, one WebSocket message (of either version), is not an Engine.IO packet, or empty. */
    static Optional<String> packet(String packet) {
        if (packet.isEmpty()) {
            return Optional.of("An Engine.IO packet must not be empty.");
        }
        char type = packet.charAt(0);
        if (type == 'b') {
            return Optional.of("Binary packets are not part of this protocol.");
        }
        if (type < '0' || type > '6') {
            return Optional.of("An Engine.IO packet starts with its type, a digit from 0 to 6.");
        }
        return type == MESSAGE ? socketIoProblem(packet.substring(1)) : Optional.empty();
    }

    /**
     * A Socket.IO packet (inside an Engine.IO message), checked with the library's own decoder, which would otherwise
     * fail on the engine's thread and end the session after the POST was answered "ok". Clients send CONNECT (0),
     * DISCONNECT (1), EVENT (2) and ACK (3); the Botlhale protocol has no binary events.
     */
    private static Optional<String> socketIoProblem(String packet) {
        if (packet.isEmpty() || packet.charAt(0) < '0' || packet.charAt(0) > '3') {
            return Optional.of("A Socket.IO packet from a client is CONNECT, DISCONNECT, EVENT or ACK (0 to 3).");
        }
        try {
            new IOParser.Decoder().add(packet);
            return Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.of("The Socket.IO packet is malformed.");
        }
    }
}
