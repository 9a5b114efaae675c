package dev.handoff.routing.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConversationHoldTest {
    private static final TenantId DEMO = TenantId.of("demo");
    private static final TeamId BILLING = TeamId.of("billing");
    private static final Claimant ALICE = new Claimant(AgentId.of("alice"), "Alice", DEMO, Set.of());

    private static ConversationHold hold(TeamId team, QueueStatus status, String holder) {
        return new ConversationHold(ConversationId.of("c-1"), DEMO, team, 0, status,
                holder == null ? null : AgentId.of(holder));
    }

    @Test
    void aWaitingConversationIsTakenByAnAgentOfItsTenant() {
        assertThat(hold(null, QueueStatus.WAITING, null).decideClaimBy(ALICE)).isEqualTo(ClaimDecision.TAKE);
    }

    @Test
    void anAssignedConversationIsTheHoldersAgainAndAnybodyElsesNever() {
        assertThat(hold(null, QueueStatus.ASSIGNED, "alice").decideClaimBy(ALICE)).isEqualTo(ClaimDecision.ALREADY_YOURS);
        assertThat(hold(null, QueueStatus.ASSIGNED, "bob").decideClaimBy(ALICE)).isEqualTo(ClaimDecision.HELD_BY_ANOTHER);
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
    void aConversationNobodyHoldsCannotBeTransferred() {
        Transferor supervisor = new Transferor(AgentId.of("carol"), DEMO, true);
        assertThat(hold(null, QueueStatus.WAITING, null).decideTransferBy(supervisor))
                .isEqualTo(TransferDecision.NOT_ASSIGNED);
        assertThat(hold(null, QueueStatus.ENDED, null).decideTransferBy(supervisor))
                .isEqualTo(TransferDecision.NOT_ASSIGNED);
    }

    @Test
    void onlyAnAssignedConversationHasAHolder() {
        assertThatThrownBy(() -> hold(null, QueueStatus.ASSIGNED, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hold(null, QueueStatus.WAITING, "bob")).isInstanceOf(IllegalArgumentException.class);
    }
}
