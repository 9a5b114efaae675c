package dev.handoff.handoffservice.application.service;

import dev.handoff.handoffservice.application.port.in.LocateSocketSessionUseCase;
import dev.handoff.handoffservice.application.port.in.SocketSession;
import dev.handoff.handoffservice.application.port.out.SocketSessionDirectoryPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Each call one short transaction on the directory. */
@ApplicationScoped
public class LocateSocketSessionService implements LocateSocketSessionUseCase {
    private final SocketSessionDirectoryPort directory;

    LocateSocketSessionService(SocketSessionDirectoryPort directory) {
        this.directory = directory;
    }

    @Override
    @Transactional
    public void opened(SocketSession session) {
        directory.save(session);
    }

    @Override
    @Transactional
    public void closed(String sessionId) {
        directory.delete(sessionId);
    }

    @Override
    @Transactional
    public Optional<String> ownerOf(String sessionId) {
        return directory.ownerOf(sessionId);
    }

    @Override
    @Transactional
    public void forgetOwner(String owner) {
        directory.deleteAllOf(owner);
    }
}
