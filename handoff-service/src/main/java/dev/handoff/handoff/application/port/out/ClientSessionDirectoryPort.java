package dev.handoff.handoff.application.port.out;

import dev.handoff.handoff.application.port.in.ClientSession;
import java.util.Optional;

/** The shared directory of long-polling sessions and their replicas. */
public interface ClientSessionDirectoryPort {
    void save(ClientSession session);

    void delete(String sessionId);

    Optional<String> ownerOf(String sessionId);

    void deleteAllOf(String owner);
}
