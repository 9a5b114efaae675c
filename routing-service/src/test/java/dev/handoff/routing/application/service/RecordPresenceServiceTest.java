package dev.handoff.routing.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.application.port.in.ClaimConversationCommand;
import dev.handoff.routing.application.port.in.RecordPresenceCommand;
import dev.handoff.routing.domain.model.Claimant;
import dev.handoff.routing.domain.model.OnAgentUnavailable;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordPresenceServiceTest {
    private static final TenantId DEMO = TenantId.of("demo");
    private static final TeamId BILLING = TeamId.of("billing");
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    private final InMemoryTables tables = new InMemoryTables();
    private final InMemoryClaimQueue claimQueue = new InMemoryClaimQueue(tables);
    private final InMemoryAgentLoad agentLoad = new InMemoryAgentLoad(tables);
    private final InMemoryOffers offerRows = new InMemoryOffers(tables);
    private final InMemoryUnavailableAgentPolicy policy = new InMemoryUnavailableAgentPolicy();
    private final InMemoryPresence presence = new InMemoryPresence();
    private final List<IntegrationEvent> published = new ArrayList<>();
    private final Announcing announcing = new Announcing(tables, published, CLOCK);
    private final RecordedWakeups wakeups = new RecordedWakeups();
    private final RecordPresenceService service = new RecordPresenceService(
            presence,
            policy,
            new AgentChatsRequeuer(
                    claimQueue, offerRows, agentLoad, published::add, announcing.changes, wakeups, CLOCK),
            wakeups,
            announcing.changes);
    private final ClaimConversationService claims =
            new ClaimConversationService(claimQueue, agentLoad, tenant -> 5, presence, announcing.assignments);

    private void report(String agent, PresenceStatus status, Instant at) {
        service.onPresenceChanged(
                new RecordPresenceCommand(DEMO, AgentId.of(agent), agent, status, Set.of(BILLING), at));
    }

    /** w1, a (alice), w2, b (alice), w3 in serving order. */
    private void aliceHoldsTwoChatsAmongWaitingOnes() {
        tables.waiting("w1", DEMO, null);
        tables.held("a", DEMO, null, "alice");
        tables.waiting("w2", DEMO, null);
        tables.held("b", DEMO, null, "alice");
        tables.waiting("w3", DEMO, null);
        announcing.settled(new QueueKey(DEMO, null));
    }

    private static String moved(IntegrationEvent e) {
        QueuePositionChanged changed = (QueuePositionChanged) e;
        return changed.conversationId().value() + "@" + changed.position();
    }

    @Test
    void theSnapshotFollowsTheReportsAndByDefaultAnAgentWhoLeavesKeepsTheirChats() {
        aliceHoldsTwoChatsAmongWaitingOnes();
        report("alice", PresenceStatus.ONLINE, T0);
        report("alice", PresenceStatus.OFFLINE, T0.plusSeconds(60));

        assertThat(presence.of(DEMO, "alice").status()).isEqualTo(PresenceStatus.OFFLINE);
        assertThat(presence.of(DEMO, "alice").teams()).containsExactly(BILLING);
        assertThat(tables.hold("a").holder()).isEqualTo(AgentId.of("alice"));
        assertThat(tables.activeOf(DEMO, "alice")).isEqualTo(2);
        assertThat(published).isEmpty();
    }

    @Test
    void requeueingPutsEveryChatBackAtItsOriginalPlaceFreesTheSlotsAndTellsEveryoneWhoMoved() {
        aliceHoldsTwoChatsAmongWaitingOnes();
        policy.rules.put(DEMO, OnAgentUnavailable.REQUEUE);

        report("alice", PresenceStatus.OFFLINE, T0);
        announcing.announceAll();

        assertThat(new InMemoryQueueOrder(tables).waitingIn(DEMO, null))
                .extracting(ConversationId::value)
                .containsExactly("w1", "a", "w2", "b", "w3");
        assertThat(tables.activeOf(DEMO, "alice")).isZero();
        assertThat(published.subList(0, 2))
                .map(Requeued.class::cast)
                .extracting(e -> e.conversationId().value() + " from " + e.previousAgentId() + ": " + e.reason())
                .containsExactly("a from alice: agent-offline", "b from alice: agent-offline");
        // w1 kept its place and hears nothing; everyone from a on moved
        assertThat(published.subList(2, published.size()))
                .extracting(RecordPresenceServiceTest::moved)
                .containsExactly("a@2", "w2@3", "b@4", "w3@5");
    }

    @Test
    void anAgentGoingAwayLosesChatsInEveryQueueTheyCameFrom() {
        tables.held("a", DEMO, null, "alice");
        tables.waiting("x", DEMO, BILLING);
        tables.held("b", DEMO, BILLING, "alice");
        policy.rules.put(DEMO, OnAgentUnavailable.REQUEUE);
        announcing.settled(new QueueKey(DEMO, null), new QueueKey(DEMO, BILLING));

        report("alice", PresenceStatus.AWAY, T0);
        announcing.announceAll();

        assertThat(published)
                .filteredOn(Requeued.class::isInstance)
                .map(Requeued.class::cast)
                .extracting(Requeued::reason)
                .containsExactly("agent-away", "agent-away");
        assertThat(new InMemoryQueueOrder(tables).waitingIn(DEMO, BILLING))
                .extracting(ConversationId::value)
                .containsExactly("x", "b");
        // each queue is announced on its own, in no particular order of queues
        assertThat(published)
                .filteredOn(QueuePositionChanged.class::isInstance)
                .extracting(RecordPresenceServiceTest::moved)
                .containsExactlyInAnyOrder("a@1", "b@2");
    }

    @Test
    void anOlderReportArrivingLateNeitherChangesTheSnapshotNorTakesChats() {
        aliceHoldsTwoChatsAmongWaitingOnes();
        policy.rules.put(DEMO, OnAgentUnavailable.REQUEUE);
        report("alice", PresenceStatus.ONLINE, T0.plusSeconds(60));

        report("alice", PresenceStatus.OFFLINE, T0.plusSeconds(30));

        assertThat(presence.of(DEMO, "alice").status()).isEqualTo(PresenceStatus.ONLINE);
        assertThat(presence.of(DEMO, "alice").changedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(tables.hold("a").status()).isEqualTo(QueueStatus.ASSIGNED);
        assertThat(published).isEmpty();
    }

    @Test
    void requeuedChatsAreClaimedByOthersUnderTheUsualRules() {
        aliceHoldsTwoChatsAmongWaitingOnes();
        policy.rules.put(DEMO, OnAgentUnavailable.REQUEUE);
        report("alice", PresenceStatus.OFFLINE, T0);

        claims.claim(new ClaimConversationCommand(
                ConversationId.of("b"), new Claimant(AgentId.of("bob"), "Bob", DEMO, Set.of())));

        assertThat(tables.hold("b").holder()).isEqualTo(AgentId.of("bob"));
        assertThat(tables.activeOf(DEMO, "bob")).isEqualTo(1);
        // nothing left to take from alice a second time
        published.clear();
        report("alice", PresenceStatus.OFFLINE, T0.plusSeconds(1));
        assertThat(published).isEmpty();
    }

    @Test
    void anAgentWhoGoesAwayLosesTheirOpenOffersAtOnceEvenWhenTheyKeepTheirChats() {
        tables.waiting("w1", DEMO, null);
        tables.held("a", DEMO, null, "alice");
        tables.offered("o", DEMO, null, "alice", T0.plusSeconds(30));
        tables.offered("p", DEMO, null, "bob", T0.plusSeconds(30));
        tables.waiting("w2", DEMO, null);

        announcing.settled(new QueueKey(DEMO, null));
        report("alice", PresenceStatus.AWAY, T0);
        announcing.announceAll();

        assertThat(tables.hold("o").status()).isEqualTo(QueueStatus.WAITING);
        assertThat(tables.hold("p").offeredTo()).contains(AgentId.of("bob"));
        assertThat(tables.hold("a").holder()).isEqualTo(AgentId.of("alice"));
        // an offer never left the line: the only event is the Requeued, and routing offers it to someone else
        assertThat(published).singleElement().isInstanceOfSatisfying(Requeued.class, e -> {
            assertThat(e.conversationId().value()).isEqualTo("o");
            assertThat(e.reason()).isEqualTo("agent-away");
        });
        assertThat(wakeups.log).containsExactly("queue demo/-");
    }

    @Test
    void withRequeueOffersAndChatsGoBackTogetherInArrivalOrder() {
        tables.held("a", DEMO, null, "alice");
        tables.offered("o", DEMO, null, "alice", T0.plusSeconds(30));
        tables.held("b", DEMO, null, "alice");
        policy.rules.put(DEMO, OnAgentUnavailable.REQUEUE);

        report("alice", PresenceStatus.OFFLINE, T0);

        assertThat(published)
                .filteredOn(Requeued.class::isInstance)
                .map(Requeued.class::cast)
                .extracting(e -> e.conversationId().value())
                .containsExactly("a", "o", "b");
        assertThat(new InMemoryQueueOrder(tables).waitingIn(DEMO, null))
                .extracting(ConversationId::value)
                .containsExactly("a", "o", "b");
        assertThat(tables.activeOf(DEMO, "alice")).isZero();
    }

    @Test
    void anAgentComingOnlineOrChangingTeamsMayTakeWaitingConversations() {
        report("alice", PresenceStatus.ONLINE, T0);
        report("alice", PresenceStatus.ONLINE, T0.plusSeconds(1));
        assertThat(wakeups.log).containsExactly("agents demo");

        service.onPresenceChanged(new RecordPresenceCommand(
                DEMO, AgentId.of("alice"), "alice", PresenceStatus.ONLINE, Set.of(), T0.plusSeconds(2)));
        report("alice", PresenceStatus.AWAY, T0.plusSeconds(3));
        report("alice", PresenceStatus.ONLINE, T0.plusSeconds(4));

        assertThat(wakeups.log).containsExactly("agents demo", "agents demo", "agents demo");
    }
}
