package dev.handoff.agent.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentPresenceTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration GRACE = Duration.ofSeconds(20);
    private static final TenantId ACME = TenantId.of("acme");
    private static final AgentProfile ANA =
            new AgentProfile(ACME, AgentId.of("ana"), "Ana", Set.of("agent"), Set.of(TeamId.of("billing")));

    @Test
    void theFirstConnectionMakesTheAgentOnlineAndFurtherOnesChangeNothing() {
        AgentPresence p = AgentPresence.newcomer(ANA);
        assertThat(p.connected(ANA, T0)).contains(PresenceStatus.ONLINE);
        assertThat(p.connected(ANA, T0)).isEmpty();
        assertThat(p.connections()).isEqualTo(2);
    }

    @Test
    void theLastCloseStartsTheGraceAndOnlyItsEndMakesTheAgentOffline() {
        AgentPresence p = AgentPresence.newcomer(ANA);
        p.connected(ANA, T0);
        p.disconnected(T0, GRACE);
        assertThat(p.offlineDueAt()).contains(T0.plus(GRACE));
        assertThat(p.expireGrace(T0.plus(GRACE).minusMillis(1))).isEmpty();
        assertThat(p.expireGrace(T0.plus(GRACE))).contains(PresenceStatus.OFFLINE);
        assertThat(p.expireGrace(T0.plus(GRACE).plusSeconds(1))).isEmpty();
    }

    @Test
    void aReconnectWithinTheGraceCancelsItAndKeepsAway() {
        AgentPresence p = AgentPresence.newcomer(ANA);
        p.connected(ANA, T0);
        p.choose(PresenceStatus.AWAY);
        p.disconnected(T0, GRACE);
        assertThat(p.connected(ANA, T0.plusSeconds(5))).isEmpty();
        assertThat(p.expireGrace(T0.plus(GRACE))).isEmpty();
        assertThat(p.status()).isEqualTo(PresenceStatus.AWAY);
    }

    @Test
    void onlyOnlineAndAwayCanBeChosenAndOnlyWhileConnected() {
        AgentPresence p = AgentPresence.newcomer(ANA);
        assertThat(p.choose(PresenceStatus.AWAY)).isEmpty();
        p.connected(ANA, T0);
        assertThat(p.choose(PresenceStatus.AWAY)).contains(PresenceStatus.AWAY);
        assertThat(p.choose(PresenceStatus.AWAY)).isEmpty();
        assertThatThrownBy(() -> p.choose(PresenceStatus.OFFLINE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noticesAreKeptForConnectedAgentsAndForAgentsSeenWithinTheRetention() {
        AgentPresence p = AgentPresence.newcomer(ANA);
        Instant keptSince = T0.minusSeconds(60);
        assertThat(p.follows(ACME, null, keptSince)).isFalse();
        p.connected(ANA, T0.minusSeconds(3600));
        assertThat(p.follows(ACME, null, keptSince)).isTrue();
        assertThat(p.follows(ACME, TeamId.of("billing"), keptSince)).isTrue();
        assertThat(p.follows(ACME, TeamId.of("sales"), keptSince)).isFalse();
        assertThat(p.follows(TenantId.of("other"), null, keptSince)).isFalse();

        p.disconnected(T0.minusSeconds(30), GRACE);
        assertThat(p.follows(ACME, null, keptSince)).isTrue();
        assertThat(p.follows(ACME, null, T0)).isFalse();
    }

    @Test
    void anAgentWithoutTeamsServesEveryTeamAndATicketIsUsableUntilItsExpiry() {
        AgentProfile everyone = new AgentProfile(ACME, AgentId.of("eve"), null, null, null);
        assertThat(everyone.serves(TeamId.of("sales"))).isTrue();
        assertThat(everyone.displayName()).isEqualTo("eve");
        SessionTicket ticket = new SessionTicket("secret", everyone, T0);
        assertThat(ticket.usableAt(T0.minusMillis(1))).isTrue();
        assertThat(ticket.usableAt(T0)).isFalse();
    }
}
