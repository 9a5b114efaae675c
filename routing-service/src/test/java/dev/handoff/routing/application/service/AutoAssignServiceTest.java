package dev.handoff.routing.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.application.port.in.Placement;
import dev.handoff.routing.application.port.in.Placement.Outcome;
import dev.handoff.routing.domain.model.AssignmentStrategy;
import dev.handoff.routing.domain.model.PassOverReason;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.routing.domain.model.StrategySettings;
import dev.handoff.routing.domain.model.TeamStrategy;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.Offered;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.PresenceStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoAssignServiceTest {
    private static final TenantId DEMO = TenantId.of("demo");
    private static final TeamId BILLING = TeamId.of("billing");
    private static final QueueKey TENANT_QUEUE = new QueueKey(DEMO, null);
    private static final QueueKey BILLING_QUEUE = new QueueKey(DEMO, BILLING);
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    private final InMemoryTables tables = new InMemoryTables();
    private final InMemoryOffers offerRows = new InMemoryOffers(tables);
    private final InMemoryPresence presence = new InMemoryPresence();
    private final InMemoryStrategies strategies = new InMemoryStrategies();
    private final InMemoryCandidates candidates = new InMemoryCandidates(presence, tables);
    private final List<IntegrationEvent> published = new ArrayList<>();
    private final Announcing announcing = new Announcing(tables, published, CLOCK);
    private final AutoAssignService service = announcing.autoAssign(tables, strategies, candidates);

    private void strategy(AssignmentStrategy strategy) {
        strategies.tenants.put(DEMO, new StrategySettings(strategy, 30));
    }

    private void online(String... agents) {
        for (String agent : agents) {
            presence.known(DEMO, agent, PresenceStatus.ONLINE);
        }
    }

    private String holderOf(String id) {
        return tables.hold(id).currentHolder().map(AgentId::value).orElse(null);
    }

    @Test
    void aManualQueueIsLeftToClaims() {
        online("alice");
        tables.waiting("a", DEMO, null);

        assertThat(service.placeNext(TENANT_QUEUE, null).outcome()).isEqualTo(Outcome.MANUAL);
        assertThat(tables.hold("a").status()).isEqualTo(QueueStatus.WAITING);
        announcing.announceAll();
        assertThat(published).isEmpty();
    }

    @Test
    void theHeadGoesToTheLeastBusyOnlineAgentAsAnAutoAssignmentAndThoseBehindMoveUp() {
        strategy(AssignmentStrategy.AUTO);
        online("alice", "bob");
        tables.held("x", DEMO, null, "alice");
        tables.waiting("a", DEMO, null);
        tables.waiting("b", DEMO, null);
        announcing.settled(TENANT_QUEUE);

        Placement placement = service.placeNext(TENANT_QUEUE, null);
        announcing.announceAll();

        assertThat(placement.outcome()).isEqualTo(Outcome.ASSIGNED);
        assertThat(holderOf("a")).isEqualTo("bob");
        // the name from bob's presence, which a refused claim repeats
        assertThat(tables.hold("a").holderDisplayName()).isEqualTo("BOB");
        assertThat(tables.activeOf(DEMO, "bob")).isEqualTo(1);
        assertThat(published.get(0)).isInstanceOfSatisfying(Assigned.class, e -> {
            assertThat(e.conversationId().value()).isEqualTo("a");
            assertThat(e.agentId().value()).isEqualTo("bob");
            assertThat(e.agentDisplayName()).isEqualTo("BOB");
            assertThat(e.method()).isEqualTo(AssignmentMethod.AUTO);
        });
        assertThat(published.subList(1, published.size()))
                .map(QueuePositionChanged.class::cast)
                .extracting(e -> e.conversationId().value() + "@" + e.position())
                .containsExactly("b@1");
    }

    @Test
    void equallyBusyAgentsTakeTurnsTheOneIdleLongestFirst() {
        strategy(AssignmentStrategy.AUTO);
        online("alice", "bob");
        List.of("a", "b", "c").forEach(id -> tables.waiting(id, DEMO, null));

        Placement first = service.placeNext(TENANT_QUEUE, null);
        Placement second = service.placeNext(TENANT_QUEUE, first.place());
        Placement third = service.placeNext(TENANT_QUEUE, second.place());

        // nobody busy yet: by id; then the one with fewer chats; then, both at one, alice, idle since earlier
        assertThat(List.of(holderOf("a"), holderOf("b"), holderOf("c"))).containsExactly("alice", "bob", "alice");
        assertThat(service.placeNext(TENANT_QUEUE, third.place()).outcome()).isEqualTo(Outcome.EMPTY);
    }

    @Test
    void onlyOnlineAgentsWhoServeTheTeamAreChosenAndAnAgentWithoutTeamsServesThemAll() {
        strategy(AssignmentStrategy.AUTO);
        presence.known(DEMO, "alice", PresenceStatus.AWAY);
        presence.known(DEMO, "sam", PresenceStatus.ONLINE, TeamId.of("sales"));
        presence.known(DEMO, "bea", PresenceStatus.ONLINE, BILLING);
        presence.known(DEMO, "any", PresenceStatus.ONLINE);
        presence.known(TenantId.of("other"), "olga", PresenceStatus.ONLINE);
        List.of("a", "b", "c").forEach(id -> tables.waiting(id, DEMO, BILLING));

        Placement first = service.placeNext(BILLING_QUEUE, null);
        Placement second = service.placeNext(BILLING_QUEUE, first.place());
        service.placeNext(BILLING_QUEUE, second.place());

        assertThat(List.of(holderOf("a"), holderOf("b"), holderOf("c"))).containsExactly("any", "bea", "any");
    }

    @Test
    void withNobodyWithRoomTheConversationWaitsAndNothingIsAnnounced() {
        strategy(AssignmentStrategy.AUTO);
        online("alice");
        tables.held("x", DEMO, null, "alice");
        tables.held("y", DEMO, null, "alice");
        tables.waiting("a", DEMO, null);

        assertThat(service.placeNext(TENANT_QUEUE, null).outcome()).isEqualTo(Outcome.NO_AGENT);
        assertThat(service.placeNext(new QueueKey(DEMO, BILLING), null).outcome())
                .isEqualTo(Outcome.EMPTY);
        assertThat(tables.hold("a").status()).isEqualTo(QueueStatus.WAITING);
        announcing.announceAll();
        assertThat(published).isEmpty();
    }

    @Test
    void anAgentWhoFilledUpSinceTheUnlockedReadIsPassedForTheNextOne() {
        strategy(AssignmentStrategy.AUTO);
        online("alice", "bob");
        tables.held("x", DEMO, null, "alice");
        tables.held("y", DEMO, null, "alice");
        tables.held("z", DEMO, null, "bob");
        candidates.staleChats.put(AgentId.of("alice"), 0);
        tables.waiting("a", DEMO, null);

        assertThat(service.placeNext(TENANT_QUEUE, null).outcome()).isEqualTo(Outcome.ASSIGNED);

        assertThat(holderOf("a")).isEqualTo("bob");
        assertThat(tables.activeOf(DEMO, "alice")).isEqualTo(2);
    }

    @Test
    void aConversationAnotherTransactionLockedIsPassedByAndTheNextOneTaken() {
        strategy(AssignmentStrategy.AUTO);
        online("alice");
        tables.waiting("a", DEMO, null);
        tables.waiting("b", DEMO, null);
        tables.lockedElsewhere.add(ConversationId.of("a"));

        Placement placement = service.placeNext(TENANT_QUEUE, null);

        assertThat(holderOf("b")).isEqualTo("alice");
        assertThat(tables.hold("a").status()).isEqualTo(QueueStatus.WAITING);
        assertThat(service.placeNext(TENANT_QUEUE, placement.place()).outcome()).isEqualTo(Outcome.EMPTY);
    }

    @Test
    void withOffersTheHeadIsOfferedWithTheTeamsTimeoutWithoutTakingASlotOrLeavingTheLine() {
        strategy(AssignmentStrategy.AUTO_WITH_OFFER);
        strategies.saveTeamStrategy(DEMO, BILLING, new TeamStrategy(null, 10));
        online("alice", "bob");
        tables.waiting("a", DEMO, BILLING);
        tables.waiting("b", DEMO, BILLING);

        Placement first = service.placeNext(BILLING_QUEUE, null);
        Placement second = service.placeNext(BILLING_QUEUE, first.place());

        assertThat(List.of(first.outcome(), second.outcome())).containsOnly(Outcome.OFFERED);
        assertThat(tables.hold("a").offeredTo()).contains(AgentId.of("alice"));
        assertThat(tables.hold("a").offer().expiresAt()).isEqualTo(T0.plusSeconds(10));
        // alice's open offer counts as a chat: the next one goes to bob
        assertThat(tables.hold("b").offeredTo()).contains(AgentId.of("bob"));
        assertThat(tables.activeOf(DEMO, "alice") + tables.activeOf(DEMO, "bob"))
                .as("offers take no slot")
                .isZero();
        assertThat(published)
                .map(Offered.class::cast)
                .extracting(e -> e.conversationId().value() + ">" + e.agentId().value() + "@" + e.expiresAt())
                .containsExactly("a>alice@" + T0.plusSeconds(10), "b>bob@" + T0.plusSeconds(10));
        assertThat(new InMemoryQueueOrder(tables).waitingIn(DEMO, BILLING))
                .extracting(ConversationId::value)
                .containsExactly("a", "b");
    }

    @Test
    void aConversationEveryoneTurnedDownIsPassedSoTheOnesBehindItStillGetOffered() {
        strategy(AssignmentStrategy.AUTO_WITH_OFFER);
        online("alice", "bob");
        tables.waiting("a", DEMO, null);
        tables.waiting("b", DEMO, null);
        offerRows.passOver(ConversationId.of("a"), AgentId.of("alice"), PassOverReason.DECLINED, T0);
        offerRows.passOver(ConversationId.of("a"), AgentId.of("bob"), PassOverReason.TIMED_OUT, T0);

        Placement first = service.placeNext(TENANT_QUEUE, null);
        Placement second = service.placeNext(TENANT_QUEUE, first.place());

        assertThat(first.outcome()).isEqualTo(Outcome.PASSED_OVER);
        assertThat(second.outcome()).isEqualTo(Outcome.OFFERED);
        assertThat(tables.hold("a").status()).isEqualTo(QueueStatus.WAITING);
        assertThat(tables.hold("b").offeredTo()).contains(AgentId.of("alice"));

        // turning down an offer says nothing about a direct assignment
        strategy(AssignmentStrategy.AUTO);
        assertThat(service.placeNext(TENANT_QUEUE, null).outcome()).isEqualTo(Outcome.ASSIGNED);
        assertThat(holderOf("a")).isEqualTo("bob");
    }

    @Test
    void theQueuesToServeComeFromThePort() {
        strategy(AssignmentStrategy.AUTO);
        tables.waiting("a", DEMO, BILLING);
        assertThat(service.queuesToServe(DEMO)).containsExactly(BILLING_QUEUE);
    }
}
