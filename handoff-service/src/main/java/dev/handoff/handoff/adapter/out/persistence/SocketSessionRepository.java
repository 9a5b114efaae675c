package dev.handoff.handoff.adapter.out.persistence;

import dev.handoff.handoff.application.port.in.ClientSession;
import dev.handoff.handoff.application.port.out.ClientSessionDirectoryPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The directory in table socket_io_session. */
@ApplicationScoped
public class SocketSessionRepository implements ClientSessionDirectoryPort {
    private final EntityManager entityManager;

    public SocketSessionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void save(ClientSession session) {
        entityManager
                .createNativeQuery("""
                        insert into socket_io_session (session_id, owner) values (?1, ?2)
                        on conflict (session_id) do update set owner = excluded.owner, opened_at = now()""")
                .setParameter(1, session.id())
                .setParameter(2, session.owner())
                .executeUpdate();
    }

    @Override
    public void delete(String sessionId) {
        entityManager
                .createNativeQuery("delete from socket_io_session where session_id = ?1")
                .setParameter(1, sessionId)
                .executeUpdate();
    }

    @Override
    public Optional<String> ownerOf(String sessionId) {
        List<?> owners = entityManager
                .createNativeQuery("select owner from socket_io_session where session_id = ?1")
                .setParameter(1, sessionId)
                .getResultList();
        return owners.stream().findFirst().map(Object::toString);
    }

    @Override
    public void deleteAllOf(String owner) {
        entityManager
                .createNativeQuery("delete from socket_io_session where owner = ?1")
                .setParameter(1, owner)
                .executeUpdate();
    }
}
