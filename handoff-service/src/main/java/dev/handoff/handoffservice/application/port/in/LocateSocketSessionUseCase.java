package dev.handoff.handoffservice.application.port.in;

import java.util.Optional;

/** Where each long-polling Socket.IO session lives, so any replica can hand a request on to the one holding it. */
public interface LocateSocketSessionUseCase {
    void opened(SocketSession session);

    void closed(String sessionId);

    Optional<String> ownerOf(String sessionId);

    /** Forgets every session of a replica: it stopped, or started again and holds none. */
    void forgetOwner(String owner);
}
