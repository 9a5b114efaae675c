package dev.handoff.handoffservice.application.port.out;

import dev.handoff.handoffservice.application.port.in.SocketSession;
import java.util.Optional;

/** The shared directory of long-polling sessions and their replicas. */
public interface SocketSessionDirectoryPort {
    void save(SocketSession session);

    void delete(String sessionId);

    Optional<String> ownerOf(String sessionId);

    void deleteAllOf(String owner);
}
