package dev.handoff.agent.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.agent.domain.model.AgentPresence;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AgentPresencePort} must do, run against the in-memory fake and the PostgreSQL adapter. The
 * service sweeps lost connections and due agents of every tenant on a timer: rows that stay are confirmed or seen in
 * 2100, and the sweeps under test run in the unit of work that made their rows, long ago, and leave nothing due.
 */
public abstract class AgentPresencePortContract extends PortContract<AgentPresencePort> {
    private static final Instant LATER = Instant.parse("2100-01-01T00:00:00Z");
    private static final Instant LONG_AGO = Instant.parse("1990-01-01T00:00:00Z");
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    private final String staff = "a-" + UUID.randomUUID();

    private AgentProfile agent(String name) {
        return new AgentProfile(
                tenant, AgentId.of(staff + "-" + name), name, Set.of("agent"), Set.of(TeamId.of("billing")));
    }

    private Optional<AgentPresence> row(AgentProfile agent) {
        return inTransaction(port -> port.find(agent.agentId()));
    }

    private Optional<AgentPresence> locked(AgentProfile agent) {
        return inTransaction(port -> port.lock(agent.agentId()));
    }

    private boolean removed(String connectionId) {
        return inTransaction(port -> port.removeConnection(connectionId));
    }

    /** Stores the presence as given, after starting it. */
    private static void put(
            AgentPresencePort port, AgentProfile agent, PresenceStatus status, Instant seenAt, Instant dueAt) {
        port.lockOrStart(agent);
        port.save(new AgentPresence(agent, status, 0, seenAt, dueAt));
    }

    @Test
    void anAgentNeverConnectedIsAbsentThenStartsOnceAsAnOfflineNewcomer() {
        AgentProfile ana = agent("ana");
        assertThat(row(ana)).isEmpty();
        assertThat(locked(ana)).isEmpty();

        AgentPresence started = inTransaction(port -> port.lockOrStart(ana));
        assertThat(started).usingRecursiveComparison().isEqualTo(AgentPresence.newcomer(ana));
        AgentProfile renamed = new AgentProfile(tenant, ana.agentId(), "Ana Renamed", Set.of("agent"), Set.of());
        AgentProfile again = inTransaction(port -> port.lockOrStart(renamed).profile());
        assertThat(again).as("starting again keeps the stored row").isEqualTo(ana);
    }

    @Test
    void connectionsAreCountedFromTheOpenOnesAndOnlySavedChangesAreKept() {
        AgentProfile ana = agent("ana");
        run(port -> {
            AgentPresence presence = port.lockOrStart(ana);
            port.addConnection(ana.agentId(), staff + "-c1", LATER);
            presence.connected(ana, LATER);
            port.save(presence);
        });
        assertThat(row(ana))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new AgentPresence(ana, PresenceStatus.ONLINE, 1, LATER, null));

        run(port -> port.addConnection(ana.agentId(), staff + "-c2", LATER));
        assertThat(locked(ana).orElseThrow().connections()).isEqualTo(2);
        assertThat(removed(staff + "-c1")).isTrue();
        assertThat(removed(staff + "-c1")).isFalse();
        assertThat(row(ana).orElseThrow().connections()).isEqualTo(1);

        run(port -> port.lock(ana.agentId()).orElseThrow().choose(PresenceStatus.AWAY));
        assertThat(row(ana).orElseThrow().status())
                .as("a change that is not saved is lost")
                .isEqualTo(PresenceStatus.ONLINE);
        run(port -> port.removeConnection(staff + "-c2"));
    }

    @Test
    void theTenantsAgentsConnectedOrSeenSinceAreListedById() {
        AgentProfile connected = agent("a");
        AgentProfile seenLately = agent("b");
        AgentProfile seenBefore = agent("c");
        AgentProfile never = agent("d");
        AgentProfile elsewhere = new AgentProfile(
                TenantId.of("t-" + UUID.randomUUID()), AgentId.of(staff + "-e"), "e", Set.of("agent"), Set.of());
        Instant since = LATER.minusSeconds(600);
        run(port -> {
            put(port, connected, PresenceStatus.ONLINE, LATER.minusSeconds(3600), null);
            port.addConnection(connected.agentId(), staff + "-c1", LATER);
            put(port, seenLately, PresenceStatus.OFFLINE, since, null);
            put(port, seenBefore, PresenceStatus.OFFLINE, since.minusSeconds(1), null);
            port.lockOrStart(never);
            put(port, elsewhere, PresenceStatus.OFFLINE, LATER, null);
        });

        List<AgentId> listed = inTransaction(port -> port.connectedOrSeenSince(tenant, since).stream()
                .map(p -> p.profile().agentId())
                .toList());
        assertThat(listed).containsExactly(connected.agentId(), seenLately.agentId());
        run(port -> port.removeConnection(staff + "-c1"));
    }

    @Test
    void connectionsNotConfirmedSinceAreRemovedAndTheirAgentsNamedOnceEach() {
        AgentProfile ana = agent("ana");
        AgentProfile bob = agent("bob");
        List<Object> seen = inTransaction(port -> {
            port.lockOrStart(ana);
            port.lockOrStart(bob);
            port.addConnection(ana.agentId(), staff + "-held", LONG_AGO);
            port.addConnection(ana.agentId(), staff + "-lost1", LONG_AGO);
            port.addConnection(bob.agentId(), staff + "-lost2", LONG_AGO);
            port.addConnection(bob.agentId(), staff + "-lost3", LONG_AGO);
            port.confirmConnections(List.of(staff + "-held", staff + "-unknown"), LONG_AGO.plusSeconds(60));
            List<AgentId> lost = port.removeConnectionsUnconfirmedSince(LONG_AGO.plusSeconds(30));
            int anasLeft = port.lock(ana.agentId()).orElseThrow().connections();
            int bobsLeft = port.lock(bob.agentId()).orElseThrow().connections();
            port.removeConnection(staff + "-held");
            return List.of(lost, anasLeft, bobsLeft);
        });

        assertThat(seen).containsExactly(List.of(ana.agentId(), bob.agentId()), 1, 0);
    }

    @Test
    void agentsWhoseGraceEndedAreDueUnlessAlreadyOffline() {
        AgentProfile due = agent("a");
        AgentProfile notYet = agent("b");
        AgentProfile offline = agent("c");
        List<AgentId> found = inTransaction(port -> {
            put(port, due, PresenceStatus.ONLINE, LONG_AGO, LONG_AGO);
            put(port, notYet, PresenceStatus.AWAY, LONG_AGO, LONG_AGO.plusSeconds(100));
            put(port, offline, PresenceStatus.OFFLINE, LONG_AGO, LONG_AGO);
            List<AgentId> ids = port.lockDueForOffline(LONG_AGO.plusSeconds(50)).stream()
                    .map(p -> p.profile().agentId())
                    .toList();
            List.of(due, notYet, offline).forEach(a -> put(port, a, PresenceStatus.OFFLINE, LONG_AGO, null));
            return ids;
        });

        assertThat(found).containsExactly(due.agentId());
    }
}
