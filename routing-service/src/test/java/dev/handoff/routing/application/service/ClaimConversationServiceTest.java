package dev.handoff.routing.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.routing.application.port.in.ClaimConversationCommand;
import dev.handoff.routing.application.port.in.ClaimRefusedException;
import dev.handoff.routing.application.port.in.ClaimRefusedException.Reason;
import dev.handoff.routing.domain.model.Claimant;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.IntegrationEvent;
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
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimConversationServiceTest {
    private static final TenantId DEMO = TenantId.of("demo");
    private static final TeamId BILLING = TeamId.of("billing");
    private static final TeamId SALES = TeamId.of("sales");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private final InMemoryTables tables = new InMemoryTables();
    private final InMemoryClaimQueue claimQueue = new InMemoryClaimQueue(tables);
    private final InMemoryAgentLoad agentLoad = new InMemoryAgentLoad(tables);
    private final InMemoryPresence presence = new InMemoryPresence();
    private final List<IntegrationEvent> published = new ArrayList<>();
    private final Announcing announcing = new Announcing(tables, published, CLOCK);
    private final ClaimConversationService claims =
            new ClaimConversationService(claimQueue, agentLoad, tenant -> 2, presence, announcing.assignments);
    private final RecordedWakeups wakeups = new RecordedWakeups();
    private final RecordConversationEndService ends =
            new RecordConversationEndService(claimQueue, agentLoad, announcing.changes, wakeups, CLOCK);

    private static ClaimConversationCommand by(String agent, String conversation) {
        return new ClaimConversationCommand(
                ConversationId.of(conversation), new Claimant(AgentId.of(agent), agent.toUpperCase(), DEMO, Set.of()));
    }

    @Test
    void theFirstClaimTakesItAnnouncesTheAssignmentAndMovesEveryoneBehindUp() {
        tables.waiting("a", DEMO, null);
        tables.waiting("b", DEMO, null);
        tables.waiting("c", DEMO, null);

        assertThat(claims.claim(by("alice", "a")).retry()).isFalse();
        assertThat(published).singleElement().isInstanceOf(Assigned.class);
        announcing.announceAll();

        assertThat(tables.holds.get(ConversationId.of("a")).holder()).isEqualTo(AgentId.of("alice"));
        assertThat(published.get(0)).isInstanceOfSatisfying(Assigned.class, e -> {
            assertThat(e.agentId().value()).isEqualTo("alice");
            assertThat(e.agentDisplayName()).isEqualTo("ALICE");
            assertThat(e.method()).isEqualTo(AssignmentMethod.CLAIM);
        });
        assertThat(published.subList(1, published.size()))
                .map(QueuePositionChanged.class::cast)
                .extracting(e -> e.conversationId().value() + "@" + e.position() + "/" + e.estimatedWaitSeconds())
                .containsExactly("b@1/30", "c@2/60");
    }

    @Test
    void everyLaterClaimantLearnsWhoHoldsItAndTheHolderMayRetry() {
        tables.waiting("a", DEMO, null);
        claims.claim(by("alice", "a"));
        published.clear();

        assertThatThrownBy(() -> claims.claim(by("bob", "a")))
                .isInstanceOfSatisfying(ClaimRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.HELD_BY_ANOTHER);
                    assertThat(e.holder()).contains(AgentId.of("alice"));
                    // the name alice claimed under, from her token
                    assertThat(e.holderName()).contains("ALICE");
                });
        assertThat(claims.claim(by("alice", "a")).retry()).isTrue();
        assertThat(published).isEmpty();
        assertThat(tables.activeOf(DEMO, "alice")).isEqualTo(1);
    }

    @Test
    void anAgentAtCapacityIsRefusedAndTheConversationKeepsWaiting() {
        tables.waiting("a", DEMO, null);
        tables.waiting("b", DEMO, null);
        tables.waiting("c", DEMO, null);
        claims.claim(by("alice", "a"));
        claims.claim(by("alice", "b"));

        assertThatThrownBy(() -> claims.claim(by("alice", "c")))
                .isInstanceOfSatisfying(
                        ClaimRefusedException.class,
                        e -> assertThat(e.capacity()).isEqualTo(2));
        assertThat(tables.holds.get(ConversationId.of("c")).status()).isEqualTo(QueueStatus.WAITING);
    }

    @Test
    void anEndedChatFreesItsAgentsSlotOnceEvenWhenTheEndArrivesTwice() {
        tables.waiting("a", DEMO, null);
        tables.waiting("b", DEMO, null);
        tables.waiting("c", DEMO, null);
        claims.claim(by("alice", "a"));
        claims.claim(by("alice", "b"));

        ends.onEnded(ConversationId.of("a"));
        ends.onEnded(ConversationId.of("a"));

        assertThat(tables.activeOf(DEMO, "alice")).isEqualTo(1);
        // a freed slot may let routing place a waiting chat (AUTO strategies): asked once, for the first end
        assertThat(wakeups.log).containsExactly("agents demo");
        assertThat(claims.claim(by("alice", "c")).retry()).isFalse();
        assertThatThrownBy(() -> claims.claim(by("bob", "a")))
                .isInstanceOfSatisfying(
                        ClaimRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_LONGER_WAITING));
    }

    @Test
    void aVisitorWhoLeavesTheQueueMovesTheOthersUp() {
        tables.waiting("a", DEMO, null);
        tables.waiting("b", DEMO, null);
        announcing.settled(new QueueKey(DEMO, null));

        ends.onEnded(ConversationId.of("a"));
        assertThat(published).isEmpty();
        announcing.announceAll();

        assertThat(published).singleElement().isInstanceOfSatisfying(QueuePositionChanged.class, e -> {
            assertThat(e.conversationId().value()).isEqualTo("b");
            assertThat(e.position()).isEqualTo(1);
        });
        assertThat(wakeups.log).isEmpty();
    }

    @Test
    void anOfferedConversationIsTheOfferedAgentsAloneToClaim() {
        tables.waiting("a", DEMO, null);
        tables.offered("o", DEMO, null, "bob", Instant.parse("2026-11-23T10:00:30Z"));
        tables.waiting("b", DEMO, null);
        announcing.settled(new QueueKey(DEMO, null));

        assertThatThrownBy(() -> claims.claim(by("alice", "o")))
                .isInstanceOfSatisfying(ClaimRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.OFFERED_TO_ANOTHER);
                    assertThat(e.holder()).contains(AgentId.of("bob"));
                });
        assertThat(published).isEmpty();

        assertThat(claims.claim(by("bob", "o")).retry()).isFalse();
        announcing.announceAll();
        assertThat(tables.hold("o").holder()).isEqualTo(AgentId.of("bob"));
        assertThat(tables.hold("o").offer()).isNull();
        assertThat(published.get(0))
                .isInstanceOfSatisfying(
                        Assigned.class, e -> assertThat(e.method()).isEqualTo(AssignmentMethod.CLAIM));
        // the offered conversation held its place in line: b was behind it and moves up
        assertThat(published.subList(1, published.size()))
                .map(QueuePositionChanged.class::cast)
                .extracting(e -> e.conversationId().value() + "@" + e.position())
                .containsExactly("b@2");
    }

    @Test
    void severalClaimsBeforeTheAnnouncerRunsReachEachVisitorAsOnePlaceTheOneTheyHaveNow() {
        List.of("a", "b", "c", "d", "e").forEach(id -> tables.waiting(id, DEMO, null));
        announcing.settled(new QueueKey(DEMO, null));

        claims.claim(by("alice", "a"));
        claims.claim(by("bob", "b"));
        claims.claim(by("bob", "d"));
        announcing.announceAll();

        assertThat(published)
                .filteredOn(QueuePositionChanged.class::isInstance)
                .map(QueuePositionChanged.class::cast)
                .extracting(e -> e.conversationId().value() + "@" + e.position())
                .containsExactly("c@1", "e@2");
        published.clear();
        announcing.announceAll();
        assertThat(published).isEmpty();
    }

    @Test
    void theTeamsOfTheClaimantsPresenceWinOverTheirTokensAndASupervisorMayTakeFromEveryTeam() {
        tables.waiting("billing-1", DEMO, BILLING);
        tables.waiting("sales-1", DEMO, SALES);
        tables.waiting("sales-2", DEMO, SALES);
        // sam's token still says sales, his presence says he moved to billing
        presence.known(DEMO, "sam", PresenceStatus.ONLINE, BILLING);

        assertThat(refusal(() -> claims.claim(inTeams("sam", SALES, "sales-1"))))
                .isEqualTo(Reason.NOT_YOURS_TO_TAKE);
        assertThat(claims.claim(inTeams("sam", SALES, "billing-1")).retry()).isFalse();
        // without a presence report, the token's teams decide
        assertThat(refusal(() -> claims.claim(inTeams("tom", BILLING, "sales-1"))))
                .isEqualTo(Reason.NOT_YOURS_TO_TAKE);
        // a supervisor of the tenant (who is also an agent) may take from any team's queue
        ClaimConversationCommand supervisor = new ClaimConversationCommand(
                ConversationId.of("sales-1"), new Claimant(AgentId.of("sue"), "Sue", DEMO, Set.of(BILLING), true));
        assertThat(claims.claim(supervisor).retry()).isFalse();
        // presence naming no team serves every team
        presence.known(DEMO, "tom", PresenceStatus.AWAY);
        assertThat(claims.claim(inTeams("tom", BILLING, "sales-2")).retry()).isFalse();
    }

    private static ClaimConversationCommand inTeams(String agent, TeamId team, String conversation) {
        return new ClaimConversationCommand(
                ConversationId.of(conversation),
                new Claimant(AgentId.of(agent), agent.toUpperCase(), DEMO, Set.of(team)));
    }

    private static Reason refusal(Runnable claim) {
        try {
            claim.run();
        } catch (ClaimRefusedException e) {
            return e.reason();
        }
        throw new AssertionError("the claim was not refused");
    }

    @Test
    void aConversationNobodyQueuedCannotBeClaimed() {
        assertThatThrownBy(() -> claims.claim(by("alice", "ghost")))
                .isInstanceOfSatisfying(
                        ClaimRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_QUEUED));
    }
}
