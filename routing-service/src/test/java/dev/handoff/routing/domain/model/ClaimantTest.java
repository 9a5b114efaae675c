package dev.handoff.routing.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimantTest {
    private static final TenantId DEMO = TenantId.of("demo");
    private static final TeamId BILLING = TeamId.of("billing");
    private static final TeamId SALES = TeamId.of("sales");

    private static AgentPresence presence(String agent, TenantId tenant, TeamId... teams) {
        return AgentPresence.firstReport(
                tenant,
                AgentId.of(agent),
                agent,
                PresenceStatus.ONLINE,
                Set.of(teams),
                Instant.parse("2026-11-23T09:00:00Z"));
    }

    private static Claimant token(String agent, TeamId... teams) {
        return new Claimant(AgentId.of(agent), agent, DEMO, Set.of(teams));
    }

    @Test
    void withoutPresenceTheTokensTeamsDecideAndNoTeamsMeansEveryTeam() {
        Claimant sam = token("sam", SALES).withTeamsOf(Optional.empty());
        assertThat(sam.serves(SALES)).isTrue();
        assertThat(sam.serves(BILLING)).isFalse();
        assertThat(sam.serves(null)).isTrue();
        assertThat(token("any").serves(BILLING)).isTrue();
    }

    @Test
    void theLatestPresenceWinsOverTheToken() {
        Claimant sam = token("sam", SALES).withTeamsOf(Optional.of(presence("sam", DEMO, BILLING)));
        assertThat(sam.serves(BILLING)).isTrue();
        assertThat(sam.serves(SALES)).isFalse();
        // a presence naming no team serves every team, whatever the token says
        assertThat(token("sam", SALES)
                        .withTeamsOf(Optional.of(presence("sam", DEMO)))
                        .serves(BILLING))
                .isTrue();
    }

    @Test
    void anotherAgentsOrTenantsPresenceIsNotTaken() {
        assertThat(token("sam", SALES)
                        .withTeamsOf(Optional.of(presence("bea", DEMO, BILLING)))
                        .serves(BILLING))
                .isFalse();
        assertThat(token("sam", SALES)
                        .withTeamsOf(Optional.of(presence("sam", TenantId.of("other"), BILLING)))
                        .serves(BILLING))
                .isFalse();
    }

    @Test
    void aSupervisorServesEveryTeamOfTheTenant() {
        Claimant sue = new Claimant(AgentId.of("sue"), "Sue", DEMO, Set.of(SALES), true)
                .withTeamsOf(Optional.of(presence("sue", DEMO, SALES)));
        assertThat(sue.serves(BILLING)).isTrue();
        assertThat(sue.supervisor()).isTrue();
    }
}
