package dev.handoff.routing.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.routing.application.port.in.ClaimConversationCommand;
import dev.handoff.routing.application.port.in.ClaimRefusedException;
import dev.handoff.routing.application.port.in.TransferConversationCommand;
import dev.handoff.routing.application.port.in.TransferRefusedException;
import dev.handoff.routing.application.port.in.TransferRefusedException.Reason;
import dev.handoff.routing.application.port.in.TransferResult;
import dev.handoff.routing.domain.model.Claimant;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.routing.domain.model.TransferTarget;
import dev.handoff.routing.domain.model.Transferor;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.event.Transferred;
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
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransferConversationServiceTest {
    private static final TenantId DEMO = TenantId.of("demo");
    private static final TeamId BILLING = TeamId.of("billing");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final Transferor ALICE = new Transferor(AgentId.of("alice"), DEMO, false);

    private final InMemoryTables tables = new InMemoryTables();
    private final InMemoryClaimQueue claimQueue = new InMemoryClaimQueue(tables);
    private final InMemoryAgentLoad agentLoad = new InMemoryAgentLoad(tables);
    private final InMemoryPresence presence = new InMemoryPresence();
    private final List<IntegrationEvent> published = new ArrayList<>();
    private final Announcing announcing = new Announcing(tables, published, CLOCK);
    private final TransferConversationService transfers = new TransferConversationService(
            claimQueue,
            agentLoad,
            tenant -> 2,
            presence,
            published::add,
            announcing.changes,
            new RecordedWakeups(),
            announcing.assignments,
            CLOCK);
    private final ClaimConversationService claims =
            new ClaimConversationService(claimQueue, agentLoad, tenant -> 2, presence, announcing.assignments);

    @BeforeEach
    void aliceHoldsOneChatBetweenTwoWaitingOnes() {
        tables.waiting("w1", DEMO, null);
        tables.held("a", DEMO, null, "alice");
        tables.waiting("w2", DEMO, null);
        presence.known(DEMO, "bob", PresenceStatus.ONLINE);
        announcing.settled(new QueueKey(DEMO, null));
    }

    private TransferResult transfer(Transferor by, String conversation, TransferTarget target) {
        return transfers.transfer(new TransferConversationCommand(ConversationId.of(conversation), by, target));
    }

    private static TransferTarget.ToAgent to(String agent) {
        return new TransferTarget.ToAgent(AgentId.of(agent));
    }

    private void assertRefused(Transferor by, String conversation, TransferTarget target, Reason reason) {
        assertThatThrownBy(() -> transfer(by, conversation, target))
                .isInstanceOfSatisfying(
                        TransferRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void toAnOnlineAgentTheChatChangesHandsWithItsSlotAndIsAnnouncedAsTransferredThenAssigned() {
        TransferResult result = transfer(ALICE, "a", to("bob"));

        assertThat(result.status()).isEqualTo(QueueStatus.ASSIGNED);
        assertThat(tables.hold("a").holder()).isEqualTo(AgentId.of("bob"));
        assertThat(tables.activeOf(DEMO, "alice")).isZero();
        assertThat(tables.activeOf(DEMO, "bob")).isEqualTo(1);
        assertThat(published).hasSize(2);
        assertThat(published.get(0)).isInstanceOfSatisfying(Transferred.class, e -> {
            assertThat(e.fromAgentId()).isEqualTo(AgentId.of("alice"));
            assertThat(e.toAgentId()).isEqualTo(AgentId.of("bob"));
            assertThat(e.toTeam()).isNull();
        });
        assertThat(published.get(1)).isInstanceOfSatisfying(Assigned.class, e -> {
            assertThat(e.agentId()).isEqualTo(AgentId.of("bob"));
            assertThat(e.agentDisplayName()).isEqualTo("BOB");
            assertThat(e.method()).isEqualTo(AssignmentMethod.TRANSFER);
        });
        // alice let it go: claiming it now is claiming bob's chat
        assertThatThrownBy(() -> claims.claim(new ClaimConversationCommand(
                        ConversationId.of("a"), new Claimant(AgentId.of("alice"), "Alice", DEMO, Set.of()))))
                .isInstanceOfSatisfying(ClaimRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ClaimRefusedException.Reason.HELD_BY_ANOTHER);
                    // named as the Assigned event named bob: from his presence
                    assertThat(e.holderName()).contains("BOB");
                });
    }

    @Test
    void anAgentWhoIsNotOnlineOrUnknownOrAlreadyHoldingItCannotReceiveIt() {
        presence.known(DEMO, "dora", PresenceStatus.AWAY);
        presence.known(TenantId.of("other"), "olga", PresenceStatus.ONLINE);

        assertRefused(ALICE, "a", to("dora"), Reason.AGENT_UNAVAILABLE);
        assertRefused(ALICE, "a", to("nobody"), Reason.AGENT_UNAVAILABLE);
        assertRefused(ALICE, "a", to("olga"), Reason.AGENT_UNAVAILABLE);
        assertRefused(ALICE, "a", to("alice"), Reason.TARGET_ALREADY_HOLDS);
        assertThat(tables.hold("a").holder()).isEqualTo(AgentId.of("alice"));
        assertThat(published).isEmpty();
    }

    @Test
    void anAgentAtCapacityCannotReceiveIt() {
        tables.held("b1", DEMO, null, "bob");
        tables.held("b2", DEMO, null, "bob");

        assertThatThrownBy(() -> transfer(ALICE, "a", to("bob")))
                .isInstanceOfSatisfying(TransferRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.AT_CAPACITY);
                    assertThat(e.capacity()).isEqualTo(2);
                    assertThat(e.agent()).isEqualTo(AgentId.of("bob"));
                });
        assertThat(tables.hold("a").holder()).isEqualTo(AgentId.of("alice"));
        assertThat(published).isEmpty();
    }

    @Test
    void onlyTheHolderOrASupervisorOfTheTenantMayTransferAndOnlyAHeldChat() {
        assertRefused(
                new Transferor(AgentId.of("bob"), DEMO, false), "a", new TransferTarget.ToQueue(), Reason.NOT_YOURS);
        assertRefused(
                new Transferor(AgentId.of("sue"), TenantId.of("other"), true),
                "a",
                new TransferTarget.ToQueue(),
                Reason.NOT_YOURS);
        assertRefused(ALICE, "w1", new TransferTarget.ToQueue(), Reason.NOT_ASSIGNED);
        assertRefused(ALICE, "ghost", new TransferTarget.ToQueue(), Reason.NOT_FOUND);

        transfer(new Transferor(AgentId.of("sue"), DEMO, true), "a", to("bob"));
        assertThat(tables.hold("a").holder()).isEqualTo(AgentId.of("bob"));
    }

    @Test
    void aSupervisorGivesAWaitingConversationToAnOnlineAgentButNotToOneAtCapacityOrToAQueue() {
        Transferor sue = new Transferor(AgentId.of("sue"), DEMO, true);
        assertRefused(sue, "w1", new TransferTarget.ToQueue(), Reason.NOT_ASSIGNED);
        tables.held("b1", DEMO, null, "bob");
        tables.held("b2", DEMO, null, "bob");
        assertRefused(sue, "w1", to("bob"), Reason.AT_CAPACITY);
        assertThat(tables.hold("w1").status()).isEqualTo(QueueStatus.WAITING);

        presence.known(DEMO, "dora", PresenceStatus.ONLINE);
        TransferResult result = transfer(sue, "w1", to("dora"));

        assertThat(result.status()).isEqualTo(QueueStatus.ASSIGNED);
        assertThat(tables.hold("w1").holder()).isEqualTo(AgentId.of("dora"));
        assertThat(tables.activeOf(DEMO, "dora")).isEqualTo(1);
        assertThat(published)
                .filteredOn(Assigned.class::isInstance)
                .map(Assigned.class::cast)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.agentId().value()).isEqualTo("dora");
                    assertThat(e.method()).isEqualTo(AssignmentMethod.TRANSFER);
                });
    }

    @Test
    void backToTheQueueItWaitsAtItsOriginalPlaceAndItsFormerHolderMayClaimItAgain() {
        TransferResult result = transfer(ALICE, "a", new TransferTarget.ToQueue());
        announcing.announceAll();

        assertThat(result.status()).isEqualTo(QueueStatus.WAITING);
        assertThat(new InMemoryQueueOrder(tables).waitingIn(DEMO, null))
                .extracting(ConversationId::value)
                .containsExactly("w1", "a", "w2");
        assertThat(tables.activeOf(DEMO, "alice")).isZero();
        assertThat(published.get(0)).isInstanceOfSatisfying(Transferred.class, e -> {
            assertThat(e.toAgentId()).isNull();
            assertThat(e.toTeam()).isNull();
        });
        assertThat(published.get(1)).isInstanceOfSatisfying(Requeued.class, e -> {
            assertThat(e.previousAgentId()).isEqualTo(AgentId.of("alice"));
            assertThat(e.reason()).isEqualTo("transferred");
        });
        assertThat(published.subList(2, published.size()))
                .map(QueuePositionChanged.class::cast)
                .extracting(e -> e.conversationId().value() + "@" + e.position())
                .containsExactly("a@2", "w2@3");

        assertThat(claims.claim(new ClaimConversationCommand(
                                ConversationId.of("a"), new Claimant(AgentId.of("alice"), "Alice", DEMO, Set.of())))
                        .retry())
                .isFalse();
    }

    @Test
    void toATeamItWaitsInThatTeamsQueue() {
        tables.waiting("x", DEMO, BILLING);
        announcing.settled(new QueueKey(DEMO, BILLING));

        TransferResult result = transfer(ALICE, "a", new TransferTarget.ToTeam(BILLING));
        announcing.announceAll();

        assertThat(result.team()).isEqualTo(BILLING);
        assertThat(new InMemoryQueueOrder(tables).waitingIn(DEMO, BILLING))
                .extracting(ConversationId::value)
                .containsExactly("a", "x");
        assertThat(new InMemoryQueueOrder(tables).waitingIn(DEMO, null))
                .extracting(ConversationId::value)
                .containsExactly("w1", "w2");
        assertThat(published.get(0))
                .isInstanceOfSatisfying(
                        Transferred.class, e -> assertThat(e.toTeam()).isEqualTo(BILLING));
        assertThat(published.subList(2, published.size()))
                .map(QueuePositionChanged.class::cast)
                .extracting(e -> e.conversationId().value() + "@" + e.position())
                .containsExactly("a@1", "x@2");
    }
}
