package dev.handoff.routing.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.domain.model.AgentPresence;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AgentPresencePort} must do, run against the in-memory fake the use-case tests rely on and against
 * the PostgreSQL adapter, so the two cannot drift apart.
 */
public abstract class AgentPresencePortContract {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    private final AgentId agent = AgentId.of("a-" + UUID.randomUUID());

    /** Runs one unit of work with the port: in its own transaction where the port is transactional. */
    protected abstract <T> T inTransaction(Function<AgentPresencePort, T> work);

    private void save(AgentPresence presence) {
        inTransaction(port -> {
            port.save(presence);
            return null;
        });
    }

    private Optional<AgentPresence> found(TenantId in) {
        return inTransaction(port -> port.find(in, agent));
    }

    private Optional<AgentPresence> locked(TenantId in) {
        return inTransaction(port -> port.lock(in, agent));
    }

    private AgentPresence report(PresenceStatus status, Instant at, TeamId... teams) {
        return new AgentPresence(tenant, agent, "Ana", status, Set.of(teams), at, at);
    }

    @Test
    void anAgentNeverReportedHasNoSnapshot() {
        assertThat(found(tenant)).isEmpty();
        assertThat(locked(tenant)).isEmpty();
    }

    @Test
    void aSavedSnapshotIsReadBackAsSavedByFindAndByLock() {
        AgentPresence saved = new AgentPresence(
                tenant,
                agent,
                "Ana Silva",
                PresenceStatus.AWAY,
                Set.of(TeamId.of("billing"), TeamId.of("sales")),
                NINE,
                NINE.plus(5, ChronoUnit.MINUTES));
        save(saved);
        assertThat(found(tenant)).contains(saved);
        assertThat(locked(tenant)).contains(saved);
    }

    @Test
    void aNewerSnapshotReplacesTheOlder() {
        save(report(PresenceStatus.ONLINE, NINE, TeamId.of("billing")));
        AgentPresence newer = report(PresenceStatus.OFFLINE, NINE.plusSeconds(60));
        save(newer);
        assertThat(found(tenant)).contains(newer);
    }

    /** Reports can arrive out of order (a redelivery, a slow replica): the older one must not win. */
    @Test
    void anOlderSnapshotNeverReplacesANewerOne() {
        AgentPresence newer = report(PresenceStatus.ONLINE, NINE.plusSeconds(60));
        save(newer);
        save(report(PresenceStatus.OFFLINE, NINE));
        assertThat(found(tenant)).contains(newer);
    }

    @Test
    void theSameAgentIdInAnotherTenantIsAnotherAgent() {
        save(report(PresenceStatus.ONLINE, NINE));
        TenantId other = TenantId.of("t-" + UUID.randomUUID());
        assertThat(found(other)).isEmpty();
        AgentPresence elsewhere = new AgentPresence(other, agent, "Ana", PresenceStatus.AWAY, Set.of(), NINE, NINE);
        save(elsewhere);
        assertThat(found(other)).contains(elsewhere);
        assertThat(found(tenant)).contains(report(PresenceStatus.ONLINE, NINE));
    }
}
