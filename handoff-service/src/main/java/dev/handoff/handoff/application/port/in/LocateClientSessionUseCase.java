package dev.handoff.handoff.application.port.in;

import java.util.Optional;

/** Where each visitor client's long-polling session lives, so any replica can pass a request to its holder. */
public interface LocateClientSessionUseCase {
    void opened(ClientSession session);

    void closed(String sessionId);

    Optional<String> ownerOf(String sessionId);

    /** Forgets every session of a replica: it stopped, or started again and holds none. */
    void forgetOwner(String owner);
}
