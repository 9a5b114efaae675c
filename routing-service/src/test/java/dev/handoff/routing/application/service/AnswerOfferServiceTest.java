package dev.handoff.routing.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.routing.application.port.in.AnswerOfferCommand;
import dev.handoff.routing.application.port.in.OfferRefusedException;
import dev.handoff.routing.application.port.in.OfferRefusedException.Reason;
import dev.handoff.routing.domain.model.Claimant;
import dev.handoff.routing.domain.model.PassOverReason;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnswerOfferServiceTest {
    private static final TenantId DEMO = TenantId.of("demo");
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    private final InMemoryTables tables = new InMemoryTables();
    private final InMemoryClaimQueue claimQueue = new InMemoryClaimQueue(tables);
    private final InMemoryAgentLoad agentLoad = new InMemoryAgentLoad(tables);
    private final InMemoryOffers offerRows = new InMemoryOffers(tables);
    private final List<IntegrationEvent> published = new ArrayList<>();
    private final RecordedWakeups wakeups = new RecordedWakeups();
    private final Announcing announcing = new Announcing(tables, published, CLOCK);
    private final AnswerOfferService offers = new AnswerOfferService(
            claimQueue, offerRows, agentLoad, tenant -> 2, published::add, announcing.assignments, wakeups, CLOCK);

    private static AnswerOfferCommand by(String agent, String conversation) {
        return by(agent, DEMO, conversation);
    }

    private static AnswerOfferCommand by(String agent, TenantId tenant, String conversation) {
        return new AnswerOfferCommand(
                ConversationId.of(conversation),
                new Claimant(AgentId.of(agent), agent.toUpperCase(), tenant, Set.of()));
    }

    private static Reason refusal(Runnable answer) {
        try {
            answer.run();
        } catch (OfferRefusedException e) {
            return e.reason();
        }
        throw new AssertionError("the answer was not refused");
    }

    @BeforeEach
    void aliceIsOfferedOneConversationBetweenTwoWaitingOnes() {
        tables.waiting("w1", DEMO, null);
        tables.offered("o", DEMO, null, "alice", T0.plusSeconds(30));
        tables.waiting("w2", DEMO, null);
        announcing.settled(new QueueKey(DEMO, null));
    }

    @Test
    void acceptingTakesASlotAndIsAnnouncedAsAnAutoAssignmentAndARepeatAnswersTheSame() {
        assertThat(offers.accept(by("alice", "o")).retry()).isFalse();
        announcing.announceAll();

        assertThat(tables.hold("o").holder()).isEqualTo(AgentId.of("alice"));
        assertThat(tables.hold("o").offer()).isNull();
        // the accepting agent's name is what a refused claim will name
        assertThat(tables.hold("o").holderDisplayName()).isEqualTo("ALICE");
        assertThat(tables.activeOf(DEMO, "alice")).isEqualTo(1);
        assertThat(published.get(0)).isInstanceOfSatisfying(Assigned.class, e -> {
            assertThat(e.agentId().value()).isEqualTo("alice");
            assertThat(e.agentDisplayName()).isEqualTo("ALICE");
            assertThat(e.method()).isEqualTo(AssignmentMethod.AUTO);
        });
        assertThat(published.subList(1, published.size()))
                .map(QueuePositionChanged.class::cast)
                .extracting(e -> e.conversationId().value() + "@" + e.position())
                .containsExactly("w2@2");

        published.clear();
        assertThat(offers.accept(by("alice", "o")).retry()).isTrue();
        assertThat(published).isEmpty();
        assertThat(tables.activeOf(DEMO, "alice")).isEqualTo(1);
    }

    @Test
    void onlyTheOfferedAgentMayAnswerOthersAreToldItIsNotTheirsOrNotOffered() {
        assertThat(refusal(() -> offers.accept(by("bob", "o")))).isEqualTo(Reason.NOT_YOURS);
        assertThat(refusal(() -> offers.decline(by("bob", "o")))).isEqualTo(Reason.NOT_YOURS);
        assertThat(refusal(() -> offers.accept(by("alice", TenantId.of("other"), "o"))))
                .isEqualTo(Reason.NOT_YOURS);
        assertThat(refusal(() -> offers.accept(by("alice", "w1")))).isEqualTo(Reason.NO_OFFER);
        assertThat(refusal(() -> offers.decline(by("alice", "w1")))).isEqualTo(Reason.NO_OFFER);
        assertThat(refusal(() -> offers.accept(by("alice", "ghost")))).isEqualTo(Reason.NOT_FOUND);

        assertThat(tables.hold("o").offeredTo()).contains(AgentId.of("alice"));
        assertThat(published).isEmpty();
    }

    @Test
    void anOfferCannotBeAnsweredFromItsExpiryOn() {
        tables.offered("late", DEMO, null, "alice", T0);

        assertThat(refusal(() -> offers.accept(by("alice", "late")))).isEqualTo(Reason.EXPIRED);
        assertThat(refusal(() -> offers.decline(by("alice", "late")))).isEqualTo(Reason.EXPIRED);
        assertThat(tables.activeOf(DEMO, "alice")).isZero();
    }

    @Test
    void anAcceptAtCapacityChangesNothingAndTheOfferStaysOpen() {
        tables.held("x", DEMO, null, "alice");
        tables.held("y", DEMO, null, "alice");

        assertThatThrownBy(() -> offers.accept(by("alice", "o")))
                .isInstanceOfSatisfying(OfferRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.AT_CAPACITY);
                    assertThat(e.capacity()).isEqualTo(2);
                });
        assertThat(tables.hold("o").offeredTo()).contains(AgentId.of("alice"));
        assertThat(published).isEmpty();
    }

    @Test
    void decliningPutsItBackInLineForTheNextAgentAndPassesTheDeclinerOver() {
        offers.decline(by("alice", "o"));

        assertThat(tables.hold("o").status()).isEqualTo(QueueStatus.WAITING);
        assertThat(tables.passedOver).containsEntry("o/alice", PassOverReason.DECLINED);
        // it never left its place: nobody moved
        assertThat(published).singleElement().isInstanceOfSatisfying(Requeued.class, e -> {
            assertThat(e.previousAgentId().value()).isEqualTo("alice");
            assertThat(e.reason()).isEqualTo("offer-declined");
        });
        assertThat(wakeups.log).containsExactly("queue demo/-");
        announcing.announceAll();
        assertThat(published).hasSize(1);

        assertThat(refusal(() -> offers.decline(by("alice", "o")))).isEqualTo(Reason.NO_OFFER);
        assertThat(refusal(() -> offers.accept(by("alice", "o")))).isEqualTo(Reason.NO_OFFER);
    }

    @Test
    void decliningAChatOneHoldsIsNotAnAnswerToAnOffer() {
        offers.accept(by("alice", "o"));

        assertThat(refusal(() -> offers.decline(by("alice", "o")))).isEqualTo(Reason.NO_OFFER);
        assertThat(tables.hold("o").holder()).isEqualTo(AgentId.of("alice"));
    }
}
