package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.in.ClientSession;
import dev.handoff.handoff.application.port.in.LocateClientSessionUseCase;
import dev.handoff.handoff.application.port.out.ClientSessionDirectoryPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Each call one short transaction on the directory. */
@ApplicationScoped
public class LocateClientSessionService implements LocateClientSessionUseCase {
    private final ClientSessionDirectoryPort directory;

    LocateClientSessionService(ClientSessionDirectoryPort directory) {
        this.directory = directory;
    }

    @Override
    @Transactional
    public void opened(ClientSession session) {
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
