package dev.handoff.routing.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConversationHoldTest {
    private static final TenantId DEMO = TenantId.of("demo");
    private static final TeamId BILLING = TeamId.of("billing");
    private static final Claimant ALICE = new Claimant(AgentId.of("alice"), "Alice", DEMO, Set.of());

    private static ConversationHold hold(TeamId team, QueueStatus status, String holder) {
        return new ConversationHold(
                ConversationId.of("c-1"), DEMO, team, 0, status, holder == null ? null : AgentId.of(holder));
    }

    @Test
    void aWaitingConversationIsTakenByAnAgentOfItsTenant() {
        assertThat(hold(null, QueueStatus.WAITING, null).decideClaimBy(ALICE)).isEqualTo(ClaimDecision.TAKE);
    }

    @Test
    void anAssignedConversationIsTheHoldersAgainAndAnybodyElsesNever() {
        assertThat(hold(null, QueueStatus.ASSIGNED, "alice").decideClaimBy(ALICE))
                .isEqualTo(ClaimDecision.ALREADY_YOURS);
        assertThat(hold(null, QueueStatus.ASSIGNED, "bob").decideClaimBy(ALICE))
                .isEqualTo(ClaimDecision.HELD_BY_ANOTHER);
    }

    @Test
    void theHolderIsNamedByTheNameTheyGotItUnderElseByTheirId() {
        ConversationHold named = new ConversationHold(
                ConversationId.of("c-1"),
                DEMO,
                null,
                0,
                QueueStatus.ASSIGNED,
                AgentId.of("alice"),
                null,
                "Alice Example");
        assertThat(named.holderDisplayName()).isEqualTo("Alice Example");
        assertThat(hold(null, QueueStatus.ASSIGNED, "alice").holderDisplayName())
                .isEqualTo("alice");
        // nobody holds a waiting conversation, whatever name a row still carried
        ConversationHold waiting = new ConversationHold(
                ConversationId.of("c-1"), DEMO, null, 0, QueueStatus.WAITING, null, null, "Alice Example");
        assertThat(waiting.holderName()).isNull();
        assertThat(waiting.holderDisplayName()).isNull();
    }

    @Test
    void anEndedConversationIsNoLongerWaiting() {
        assertThat(hold(null, QueueStatus.ENDED, null).decideClaimBy(ALICE)).isEqualTo(ClaimDecision.NO_LONGER_WAITING);
    }

    @Test
    void anotherTenantsOrAnotherTeamsConversationIsNotYoursToTake() {
        Claimant stranger = new Claimant(AgentId.of("alice"), "Alice", TenantId.of("other"), Set.of());
        assertThat(hold(null, QueueStatus.WAITING, null).decideClaimBy(stranger))
                .isEqualTo(ClaimDecision.NOT_YOURS_TO_TAKE);
        Claimant sales = new Claimant(AgentId.of("alice"), "Alice", DEMO, Set.of(TeamId.of("sales")));
        assertThat(hold(BILLING, QueueStatus.WAITING, null).decideClaimBy(sales))
                .isEqualTo(ClaimDecision.NOT_YOURS_TO_TAKE);
        // Holding it does not reveal to a stranger who holds it.
        assertThat(hold(BILLING, QueueStatus.ASSIGNED, "bob").decideClaimBy(sales))
                .isEqualTo(ClaimDecision.NOT_YOURS_TO_TAKE);
    }

    @Test
    void agentsWithoutTeamsServeEveryTeamAndAgentsWithTeamsTheirOwnAndTheTenantQueue() {
        assertThat(ALICE.serves(BILLING)).isTrue();
        Claimant billing = new Claimant(AgentId.of("bob"), null, DEMO, Set.of(BILLING));
        assertThat(billing.serves(BILLING)).isTrue();
        assertThat(billing.serves(null)).isTrue();
        assertThat(billing.serves(TeamId.of("sales"))).isFalse();
        assertThat(billing.displayName()).isEqualTo("bob");
    }

    @Test
    void theHolderMayTransferTheirChatAndSoMayASupervisorOfTheTenantButNobodyElse() {
        ConversationHold heldByAlice = hold(null, QueueStatus.ASSIGNED, "alice");
        assertThat(heldByAlice.decideTransferBy(new Transferor(AgentId.of("alice"), DEMO, false)))
                .isEqualTo(TransferDecision.ALLOWED);
        assertThat(heldByAlice.decideTransferBy(new Transferor(AgentId.of("carol"), DEMO, true)))
                .isEqualTo(TransferDecision.ALLOWED);
        assertThat(heldByAlice.decideTransferBy(new Transferor(AgentId.of("bob"), DEMO, false)))
                .isEqualTo(TransferDecision.NOT_YOURS);
        assertThat(heldByAlice.decideTransferBy(new Transferor(AgentId.of("carol"), TenantId.of("other"), true)))
                .isEqualTo(TransferDecision.NOT_YOURS);
    }

    @Test
    void aConversationNobodyHoldsCannotBeTransferredButASupervisorMayGiveAWaitingOneToAnAgent() {
        Transferor supervisor = new Transferor(AgentId.of("carol"), DEMO, true);
        Transferor agent = new Transferor(AgentId.of("alice"), DEMO, false);
        assertThat(hold(null, QueueStatus.WAITING, null).decideTransferBy(agent))
                .isEqualTo(TransferDecision.NOT_ASSIGNED);
        assertThat(hold(null, QueueStatus.WAITING, null).decideTransferBy(supervisor))
                .isEqualTo(TransferDecision.ASSIGN_WAITING);
        assertThat(hold(null, QueueStatus.ENDED, null).decideTransferBy(supervisor))
                .isEqualTo(TransferDecision.NOT_ASSIGNED);
    }

    @Test
    void onlyAnAssignedConversationHasAHolder() {
        assertThatThrownBy(() -> hold(null, QueueStatus.ASSIGNED, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hold(null, QueueStatus.WAITING, "bob")).isInstanceOf(IllegalArgumentException.class);
    }

    private static final Instant EXPIRES = Instant.parse("2026-11-23T10:00:30Z");

    private static ConversationHold offeredTo(String agent) {
        return new ConversationHold(
                ConversationId.of("c-1"),
                DEMO,
                BILLING,
                0,
                QueueStatus.OFFERED,
                null,
                new Offer(AgentId.of(agent), EXPIRES));
    }

    @Test
    void onlyAnOfferedConversationHasAnOffer() {
        assertThatThrownBy(
                        () -> new ConversationHold(ConversationId.of("c-1"), DEMO, null, 0, QueueStatus.OFFERED, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConversationHold(
                        ConversationId.of("c-1"),
                        DEMO,
                        null,
                        0,
                        QueueStatus.WAITING,
                        null,
                        new Offer(AgentId.of("bob"), EXPIRES)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(offeredTo("bob").offeredTo()).contains(AgentId.of("bob"));
        assertThat(hold(null, QueueStatus.WAITING, null).offeredTo()).isEmpty();
    }

    @Test
    void anOfferedConversationIsReservedForItsAgentNobodyElseMayClaimIt() {
        assertThat(offeredTo("alice").decideClaimBy(ALICE)).isEqualTo(ClaimDecision.TAKE);
        assertThat(offeredTo("bob").decideClaimBy(ALICE)).isEqualTo(ClaimDecision.OFFERED_TO_ANOTHER);
        Claimant sales = new Claimant(AgentId.of("sam"), "Sam", DEMO, Set.of(TeamId.of("sales")));
        assertThat(offeredTo("bob").decideClaimBy(sales)).isEqualTo(ClaimDecision.NOT_YOURS_TO_TAKE);
    }

    @Test
    void theOfferedAgentMayAnswerStrictlyBeforeTheOfferExpires() {
        AgentId alice = AgentId.of("alice");
        assertThat(offeredTo("alice").decideOfferAnswerBy(alice, DEMO, EXPIRES.minusMillis(1), false))
                .isEqualTo(OfferDecision.OPEN);
        assertThat(offeredTo("alice").decideOfferAnswerBy(alice, DEMO, EXPIRES, false))
                .isEqualTo(OfferDecision.EXPIRED);
    }

    @Test
    void othersGetNoOfferAndSomebodyElsesOfferIsNotTheirs() {
        AgentId alice = AgentId.of("alice");
        Instant now = EXPIRES.minusSeconds(10);
        assertThat(offeredTo("bob").decideOfferAnswerBy(alice, DEMO, now, false))
                .isEqualTo(OfferDecision.NOT_YOURS);
        assertThat(offeredTo("alice").decideOfferAnswerBy(alice, TenantId.of("other"), now, false))
                .isEqualTo(OfferDecision.NOT_YOURS);
        assertThat(hold(null, QueueStatus.WAITING, null).decideOfferAnswerBy(alice, DEMO, now, false))
                .isEqualTo(OfferDecision.NO_OFFER);
        assertThat(hold(null, QueueStatus.ASSIGNED, "bob").decideOfferAnswerBy(alice, DEMO, now, false))
                .isEqualTo(OfferDecision.NO_OFFER);
        assertThat(hold(null, QueueStatus.ENDED, null).decideOfferAnswerBy(alice, DEMO, now, false))
                .isEqualTo(OfferDecision.NO_OFFER);
        assertThat(hold(null, QueueStatus.ASSIGNED, "alice").decideOfferAnswerBy(alice, DEMO, now, false))
                .isEqualTo(OfferDecision.ALREADY_YOURS);
    }

    @Test
    void anAgentWhoseOfferTimedOutHearsItExpiredWhereverTheConversationWentSince() {
        AgentId alice = AgentId.of("alice");
        Instant now = EXPIRES.plusSeconds(10);
        assertThat(offeredTo("bob").decideOfferAnswerBy(alice, DEMO, now, true)).isEqualTo(OfferDecision.EXPIRED);
        assertThat(hold(null, QueueStatus.WAITING, null).decideOfferAnswerBy(alice, DEMO, now, true))
                .isEqualTo(OfferDecision.EXPIRED);
        assertThat(hold(null, QueueStatus.ASSIGNED, "bob").decideOfferAnswerBy(alice, DEMO, now, true))
                .isEqualTo(OfferDecision.EXPIRED);
    }
}
