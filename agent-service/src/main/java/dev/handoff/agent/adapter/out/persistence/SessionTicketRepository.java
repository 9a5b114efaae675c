package dev.handoff.agent.adapter.out.persistence;

import dev.handoff.agent.application.port.out.SessionTicketPort;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.agent.domain.model.SessionTicket;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Socket tickets in PostgreSQL, stored as SHA-256 hashes: the table alone opens no socket. */
@ApplicationScoped
public class SessionTicketRepository implements SessionTicketPort {
    private final EntityManager em;

    public SessionTicketRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void save(SessionTicket ticket) {
        AgentProfile p = ticket.profile();
        em.createNativeQuery(
                        "insert into session_ticket (ticket_hash, tenant_id, agent_id, display_name, roles, teams, "
                                + "expires_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, hash(ticket.value()))
                .setParameter(2, p.tenantId().value())
                .setParameter(3, p.agentId().value())
                .setParameter(4, p.displayName())
                .setParameter(5, SqlValues.jsonArray(p.roles()))
                .setParameter(
                        6,
                        SqlValues.jsonArray(
                                p.teams().stream().map(TeamId::value).toList()))
                .setParameter(7, ticket.expiresAt())
                .executeUpdate();
    }

    @Override
    public Optional<SessionTicket> take(String value) {
        // One statement finds and deletes: of two sockets racing with the same ticket, only one gets the row.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("delete from session_ticket where ticket_hash = ?1 "
                        + "returning tenant_id, agent_id, display_name, roles, teams, expires_at")
                .setParameter(1, hash(value))
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new SessionTicket(
                        value,
                        new AgentProfile(
                                TenantId.of((String) r[0]),
                                AgentId.of((String) r[1]),
                                (String) r[2],
                                SqlValues.fromJsonArray((String) r[3]),
                                SqlValues.fromJsonArray((String) r[4]).stream()
                                        .map(TeamId::of)
                                        .collect(Collectors.toSet())),
                        SqlValues.instant(r[5])));
    }

    @Override
    public int deleteExpired(Instant now) {
        return em.createNativeQuery("delete from session_ticket where expires_at < ?1")
                .setParameter(1, now)
                .executeUpdate();
    }

    static String hash(String ticket) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
