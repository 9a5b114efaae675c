package dev.handoff.routing.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AgentPresenceTest {
    private static final TenantId DEMO = TenantId.of("demo");
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private static AgentPresence report(PresenceStatus status, Instant at, String... teams) {
        return AgentPresence.firstReport(
                DEMO,
                AgentId.of("alice"),
                "Alice",
                status,
                Arrays.stream(teams).map(TeamId::of).collect(Collectors.toSet()),
                at);
    }

    @Test
    void aNewerReportReplacesTheSnapshotAndStartsTheClockOfANewStatus() {
        AgentPresence online = report(PresenceStatus.ONLINE, T0, "billing");

        AgentPresence away = online.updatedBy(report(PresenceStatus.AWAY, T0.plusSeconds(60), "sales"))
                .orElseThrow();

        assertThat(away.status()).isEqualTo(PresenceStatus.AWAY);
        assertThat(away.teams()).containsExactly(TeamId.of("sales"));
        assertThat(away.statusSince()).isEqualTo(T0.plusSeconds(60));
        assertThat(away.changedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void repeatingTheStatusKeepsTheTimeTheAgentEnteredIt() {
        AgentPresence online = report(PresenceStatus.ONLINE, T0);

        AgentPresence still = online.updatedBy(report(PresenceStatus.ONLINE, T0.plusSeconds(30)))
                .orElseThrow();

        assertThat(still.statusSince()).isEqualTo(T0);
        assertThat(still.changedAt()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void anOlderOrEquallyOldReportArrivingLateChangesNothing() {
        AgentPresence online = report(PresenceStatus.ONLINE, T0);

        assertThat(online.updatedBy(report(PresenceStatus.OFFLINE, T0.minusSeconds(1))))
                .isEmpty();
        assertThat(online.updatedBy(report(PresenceStatus.OFFLINE, T0))).isEmpty();
    }

    @Test
    void onlyOnlineAgentsAreAvailableAndTheOthersSayWhy() {
        assertThat(report(PresenceStatus.ONLINE, T0).available()).isTrue();
        assertThat(report(PresenceStatus.AWAY, T0).available()).isFalse();
        assertThat(report(PresenceStatus.AWAY, T0).unavailabilityReason().code())
                .isEqualTo("agent-away");
        assertThat(report(PresenceStatus.OFFLINE, T0).unavailabilityReason().code())
                .isEqualTo("agent-offline");
    }

    @Test
    void aBlankNameShowsTheAgentId() {
        assertThat(AgentPresence.firstReport(DEMO, AgentId.of("bob"), " ", PresenceStatus.ONLINE, null, T0)
                        .displayName())
                .isEqualTo("bob");
    }

    @Test
    void onlyTheRequeueRuleTakesChatsAndOnlyFromUnavailableAgents() {
        assertThat(OnAgentUnavailable.REQUEUE.requeuesChatsOf(report(PresenceStatus.OFFLINE, T0)))
                .isTrue();
        assertThat(OnAgentUnavailable.REQUEUE.requeuesChatsOf(report(PresenceStatus.AWAY, T0)))
                .isTrue();
        assertThat(OnAgentUnavailable.REQUEUE.requeuesChatsOf(report(PresenceStatus.ONLINE, T0)))
                .isFalse();
        assertThat(OnAgentUnavailable.KEEP.requeuesChatsOf(report(PresenceStatus.OFFLINE, T0)))
                .isFalse();
    }

    @Test
    void teamsAreACopy() {
        assertThat(report(PresenceStatus.ONLINE, T0, "a", "b").teams())
                .isEqualTo(Set.of(TeamId.of("a"), TeamId.of("b")));
    }
}
