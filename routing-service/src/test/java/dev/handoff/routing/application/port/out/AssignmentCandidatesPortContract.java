package dev.handoff.routing.application.port.out;

import static dev.handoff.routing.application.port.out.RoutingRows.conversation;
import static dev.handoff.routing.application.port.out.RoutingRows.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.domain.model.AgentPresence;
import dev.handoff.routing.domain.model.AssignmentCandidate;
import dev.handoff.routing.domain.model.PassOverReason;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link AssignmentCandidatesPort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class AssignmentCandidatesPortContract {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    private final TeamId billing = TeamId.of("billing");
    private final ConversationId chat = conversation("chat");

    /** Runs one unit of work with the port: in its own transaction where the port is transactional. */
    protected abstract <T> T inTransaction(Function<AssignmentCandidatesPort, T> work);

    /** The rows the suite starts from. */
    protected abstract RoutingRows given();

    private void online(String agent, TeamId... teams) {
        reported(tenant, agent, PresenceStatus.ONLINE, NINE, teams);
    }

    private void reported(TenantId in, String agent, PresenceStatus status, Instant at, TeamId... teams) {
        given().reported(new AgentPresence(in, AgentId.of(agent), agent.toUpperCase(), status, Set.of(teams), at, at));
    }

    private List<AssignmentCandidate> candidates(TeamId team) {
        return inTransaction(port -> port.candidatesFor(chat, new QueueKey(tenant, team), 4));
    }

    private List<String> agents(TeamId team) {
        return candidates(team).stream().map(c -> c.agentId().value()).sorted().toList();
    }

    @Test
    void nobodyOnlineIsNoCandidate() {
        reported(tenant, "away", PresenceStatus.AWAY, NINE);
        reported(tenant, "gone", PresenceStatus.OFFLINE, NINE);
        assertThat(candidates(null)).isEmpty();
    }

    /** Presence naming no team serves every team; the tenant-wide queue is everyone's; other tenants never. */
    @Test
    void onlineAgentsOfTheTenantWhoServeTheQueue() {
        online("any");
        online("bea", billing);
        online("sam", TeamId.of("sales"));
        reported(TenantId.of("t-" + UUID.randomUUID()), "olga", PresenceStatus.ONLINE, NINE);
        assertThat(agents(null)).containsExactly("any", "bea", "sam");
        assertThat(agents(billing)).containsExactly("any", "bea");
    }

    @Test
    void anAgentNeverBusyHasNoChatsTheDefaultLimitAndNoIdleTime() {
        online("ana");
        assertThat(candidates(null))
                .containsExactly(new AssignmentCandidate(AgentId.of("ana"), "ANA", 0, 0, 4, null, false));
    }

    @Test
    void chatsOffersOwnLimitAndPassingOverAreCounted() {
        online("ana");
        AgentId ana = AgentId.of("ana");
        given().ownLimit(tenant, ana, 6);
        assertThat(given().slotTaken(tenant, ana, 6)).isTrue();
        ConversationId offered = conversation("offered");
        given().queued(entry(offered, tenant, null, 0, NINE));
        given().offered(offered, ana, Instant.now().plusSeconds(3600));
        given().queued(entry(chat, tenant, null, 0, NINE));
        given().passedOver(chat, ana, PassOverReason.DECLINED);
        AssignmentCandidate candidate = candidates(null).get(0);
        assertThat(candidate.activeChats()).isEqualTo(1);
        assertThat(candidate.pendingOffers()).isEqualTo(1);
        assertThat(candidate.maxChats()).isEqualTo(6);
        assertThat(candidate.idleSince()).isNotNull();
        assertThat(candidate.passedOver()).isTrue();
    }

    /** Agent ids are unique per tenant only: another tenant's chats and offers of the same id are not theirs. */
    @Test
    void theSameAgentIdInAnotherTenantLendsNoLoad() {
        online("ana");
        TenantId other = TenantId.of("t-" + UUID.randomUUID());
        AgentId ana = AgentId.of("ana");
        assertThat(given().slotTaken(other, ana, 4)).isTrue();
        ConversationId offered = conversation("offered");
        given().queued(entry(offered, other, null, 0, NINE));
        given().offered(offered, ana, Instant.now().plusSeconds(3600));
        assertThat(candidates(null)).containsExactly(new AssignmentCandidate(ana, "ANA", 0, 0, 4, null, false));
    }

    /** Routing asked for the agent to be set away after lapsed offers: nothing for them until a newer report. */
    @Test
    void anAgentRoutingAskedToSetAwayIsNoCandidateUntilANewerReport() {
        online("ana");
        AgentId ana = AgentId.of("ana");
        given().missedOffer(tenant, ana);
        given().awayRequested(tenant, ana, NINE.plusSeconds(60));
        assertThat(candidates(null)).isEmpty();
        reported(tenant, "ana", PresenceStatus.ONLINE, NINE.plusSeconds(120));
        assertThat(agents(null)).containsExactly("ana");
    }
}
