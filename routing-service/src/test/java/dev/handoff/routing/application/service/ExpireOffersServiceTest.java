package dev.handoff.routing.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.application.port.in.AnswerOfferCommand;
import dev.handoff.routing.application.port.in.OfferRefusedException;
import dev.handoff.routing.application.port.in.Placement;
import dev.handoff.routing.domain.model.AssignmentStrategy;
import dev.handoff.routing.domain.model.Claimant;
import dev.handoff.routing.domain.model.PassOverReason;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueueRules;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.routing.domain.model.StrategySettings;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.OffersMissed;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ExpireOffersServiceTest {
    private static final TenantId DEMO = TenantId.of("demo");
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    private final InMemoryTables tables = new InMemoryTables();
    private final InMemoryClaimQueue claimQueue = new InMemoryClaimQueue(tables);
    private final InMemoryAgentLoad agentLoad = new InMemoryAgentLoad(tables);
    private final InMemoryOffers offerRows = new InMemoryOffers(tables);
    private final InMemoryPresence presence = new InMemoryPresence();
    private final InMemoryStrategies strategies = new InMemoryStrategies();
    private final List<IntegrationEvent> published = new ArrayList<>();
    private final RecordedWakeups wakeups = new RecordedWakeups();
    private final InMemoryQueueRules rules = new InMemoryQueueRules();
    private final Announcing announcing = new Announcing(tables, published, CLOCK);
    private final ExpireOffersService sweep =
            new ExpireOffersService(offerRows, claimQueue, published::add, wakeups, agentLoad, rules, CLOCK);
    private final AutoAssignService autoAssign =
            announcing.autoAssign(tables, strategies, new InMemoryCandidates(presence, tables));
    private final AnswerOfferService answers = new AnswerOfferService(
            claimQueue, offerRows, agentLoad, tenant -> 2, published::add, announcing.assignments, wakeups, CLOCK);

    @Test
    void anOfferNobodyAnsweredInTimeGoesBackInLineAndItsAgentIsPassedOver() {
        tables.offered("due", DEMO, null, "alice", T0.minusSeconds(1));
        tables.offered("open", DEMO, null, "bob", T0.plusSeconds(10));

        assertThat(sweep.expireDue()).isEqualTo(1);

        assertThat(tables.hold("due").status()).isEqualTo(QueueStatus.WAITING);
        assertThat(tables.passedOver).containsEntry("due/alice", PassOverReason.TIMED_OUT);
        assertThat(tables.hold("open").offeredTo()).contains(AgentId.of("bob"));
        assertThat(published).singleElement().isInstanceOfSatisfying(Requeued.class, e -> {
            assertThat(e.conversationId().value()).isEqualTo("due");
            assertThat(e.previousAgentId().value()).isEqualTo("alice");
            assertThat(e.reason()).isEqualTo("offer-timeout");
        });
        assertThat(wakeups.log).containsExactly("queue demo/-");
        assertThat(sweep.expireDue()).isZero();
    }

    @Test
    void theNextOfferSkipsTheAgentWhoLetItTimeOutAndTheirLateAcceptHearsItExpired() {
        strategies.tenants.put(DEMO, new StrategySettings(AssignmentStrategy.AUTO_WITH_OFFER, 30));
        presence.known(DEMO, "alice", PresenceStatus.ONLINE);
        presence.known(DEMO, "bob", PresenceStatus.ONLINE);
        tables.held("x", DEMO, null, "bob");
        tables.offered("due", DEMO, null, "alice", T0);
        sweep.expireDue();

        Placement next = autoAssign.placeNext(new QueueKey(DEMO, null), null);

        // alice is less busy, but she let this one time out
        assertThat(next.outcome()).isEqualTo(Placement.Outcome.OFFERED);
        assertThat(tables.hold("due").offeredTo()).contains(AgentId.of("bob"));
        Assertions.assertThatThrownBy(() -> answers.accept(new AnswerOfferCommand(
                        ConversationId.of("due"), new Claimant(AgentId.of("alice"), "Alice", DEMO, Set.of()))))
                .isInstanceOfSatisfying(
                        OfferRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(OfferRefusedException.Reason.EXPIRED));
    }

    @Test
    void anAgentWhoLetsTheTenantsNumberOfOffersInARowLapseIsAskedToBeSetAwayAndAnAnswerStartsTheCountAgain() {
        rules.rules.put(DEMO, new QueueRules(2, 0));
        tables.offered("o1", DEMO, null, "alice", T0.minusSeconds(1));
        sweep.expireDue();
        assertThat(published).noneMatch(OffersMissed.class::isInstance);

        // she declines one: that is an answer, the count starts again
        tables.offered("o2", DEMO, null, "alice", T0.plusSeconds(10));
        answers.decline(new AnswerOfferCommand(
                ConversationId.of("o2"), new Claimant(AgentId.of("alice"), "Alice", DEMO, Set.of())));
        tables.offered("o3", DEMO, null, "alice", T0.minusSeconds(1));
        sweep.expireDue();
        assertThat(published).noneMatch(OffersMissed.class::isInstance);
        assertThat(tables.awayRequestedOf(DEMO, "alice")).isNull();

        tables.offered("o4", DEMO, null, "alice", T0.minusSeconds(1));
        sweep.expireDue();
        assertThat(published)
                .filteredOn(OffersMissed.class::isInstance)
                .map(OffersMissed.class::cast)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.agentId().value()).isEqualTo("alice");
                    assertThat(e.missedInARow()).isEqualTo(2);
                    assertThat(e.conversationId().value()).isEqualTo("o4");
                });
        assertThat(tables.awayRequestedOf(DEMO, "alice")).isEqualTo(T0);
        assertThat(tables.missedOffersOf(DEMO, "alice")).isZero();
    }

    @Test
    void withZeroLapsesAllowedNobodyIsEverSetAway() {
        rules.rules.put(DEMO, new QueueRules(0, 0));
        for (int i = 0; i < 5; i++) {
            tables.offered("o" + i, DEMO, null, "alice", T0.minusSeconds(1));
            sweep.expireDue();
        }
        assertThat(published).noneMatch(OffersMissed.class::isInstance);
        assertThat(tables.awayRequestedOf(DEMO, "alice")).isNull();
    }

    @Test
    void anOfferAnotherReplicaIsEndingIsLeftToIt() {
        tables.offered("due", DEMO, null, "alice", T0.minusSeconds(1));
        tables.lockedElsewhere.add(ConversationId.of("due"));

        assertThat(sweep.expireDue()).isZero();
        assertThat(tables.hold("due").status()).isEqualTo(QueueStatus.OFFERED);
        assertThat(sweep.batchSize()).isPositive();
    }
}
