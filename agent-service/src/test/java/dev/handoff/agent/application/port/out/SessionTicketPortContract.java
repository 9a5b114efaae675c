package dev.handoff.agent.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.agent.domain.model.SessionTicket;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionTicketPort} must do, run against the in-memory fake and the PostgreSQL adapter. Tickets
 * that are to stay expire long after any test runs; expired ones are swept in the unit of work that saved them, so
 * the service's own sweep cannot take them first.
 */
public abstract class SessionTicketPortContract extends PortContract<SessionTicketPort> {
    private static final Instant LATER = Instant.parse("2100-01-01T00:00:00Z");
    private static final Instant LONG_AGO = Instant.parse("1990-01-01T00:00:00Z");
    private final AgentProfile ana = new AgentProfile(
            TenantId.of("t-" + UUID.randomUUID()),
            AgentId.of("a-" + UUID.randomUUID()),
            "Ana Silva",
            Set.of("agent", "supervisor"),
            Set.of(TeamId.of("billing"), TeamId.of("support")));

    private SessionTicket ticket(Instant expiresAt) {
        return new SessionTicket(UUID.randomUUID().toString(), ana, expiresAt);
    }

    private Optional<SessionTicket> taken(String value) {
        return inTransaction(port -> port.take(value));
    }

    @Test
    void aTicketIsTakenOnceWithTheProfileItWasIssuedFor() {
        SessionTicket ticket = ticket(LATER);
        run(port -> port.save(ticket));

        assertThat(taken(ticket.value())).contains(ticket);
        assertThat(taken(ticket.value())).isEmpty();
        assertThat(taken("never-issued")).isEmpty();
    }

    @Test
    void theSweepDeletesTicketsExpiredBeforeNowAndCountsThem() {
        SessionTicket expired = ticket(LONG_AGO);
        SessionTicket atTheLimit = ticket(LONG_AGO.plusSeconds(30));
        SessionTicket valid = ticket(LATER);
        List<Object> seen = inTransaction(port -> {
            port.save(expired);
            port.save(atTheLimit);
            port.save(valid);
            int swept = port.deleteExpired(LONG_AGO.plusSeconds(30));
            return List.of(swept, port.take(expired.value()), port.take(atTheLimit.value()));
        });

        assertThat(seen).containsExactly(1, Optional.empty(), Optional.of(atTheLimit));
        assertThat(taken(valid.value())).contains(valid);
    }
}
