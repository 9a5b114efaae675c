package dev.handoff.routing.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.routing.application.port.in.ClaimConversationCommand;
import dev.handoff.routing.application.port.in.ClaimRefusedException;
import dev.handoff.routing.application.port.in.ClaimRefusedException.Reason;
import dev.handoff.routing.domain.model.Claimant;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimConversationServiceTest {
    private static final TenantId DEMO = TenantId.of("demo");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private final InMemoryClaimPorts ports = new InMemoryClaimPorts();
    private final List<IntegrationEvent> published = new ArrayList<>();
    private final QueuePositionAnnouncer positions = new QueuePositionAnnouncer(ports, t -> Duration.ofSeconds(30),
            published::add, CLOCK);
    private final ClaimConversationService claims = new ClaimConversationService(ports, ports, tenant -> 2,
            published::add, positions, CLOCK);
    private final RecordedWakeups wakeups = new RecordedWakeups();
    private final RecordConversationEndService ends = new RecordConversationEndService(ports, ports, positions,
            wakeups, CLOCK);

    private static ClaimConversationCommand by(String agent, String conversation) {
        return new ClaimConversationCommand(ConversationId.of(conversation),
                new Claimant(AgentId.of(agent), agent.toUpperCase(), DEMO, Set.of()));
    }

    @Test
    void theFirstClaimTakesItAnnouncesTheAssignmentAndMovesEveryoneBehindUp() {
        ports.waiting("a", DEMO, null);
        ports.waiting("b", DEMO, null);
        ports.waiting("c", DEMO, null);

        assertThat(claims.claim(by("alice", "a")).retry()).isFalse();

        assertThat(ports.holds.get(ConversationId.of("a")).holder()).isEqualTo(AgentId.of("alice"));
        assertThat(published.get(0)).isInstanceOfSatisfying(Assigned.class, e -> {
            assertThat(e.agentId().value()).isEqualTo("alice");
            assertThat(e.agentDisplayName()).isEqualTo("ALICE");
            assertThat(e.method()).isEqualTo(AssignmentMethod.CLAIM);
        });
        assertThat(published.subList(1, published.size())).map(QueuePositionChanged.class::cast)
                .extracting(e -> e.conversationId().value() + "@" + e.position() + "/" + e.estimatedWaitSeconds())
                .containsExactly("b@1/30", "c@2/60");
    }

    @Test
    void everyLaterClaimantLearnsWhoHoldsItAndTheHolderMayRetry() {
        ports.waiting("a", DEMO, null);
        claims.claim(by("alice", "a"));
        published.clear();

        assertThatThrownBy(() -> claims.claim(by("bob", "a"))).isInstanceOfSatisfying(ClaimRefusedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.HELD_BY_ANOTHER);
            assertThat(e.holder()).contains(AgentId.of("alice"));
        });
        assertThat(claims.claim(by("alice", "a")).retry()).isTrue();
        assertThat(published).isEmpty();
        assertThat(ports.active.get(AgentId.of("alice"))).isEqualTo(1);
    }

    @Test
    void anAgentAtCapacityIsRefusedAndTheConversationKeepsWaiting() {
        ports.waiting("a", DEMO, null);
        ports.waiting("b", DEMO, null);
        ports.waiting("c", DEMO, null);
        claims.claim(by("alice", "a"));
        claims.claim(by("alice", "b"));

        assertThatThrownBy(() -> claims.claim(by("alice", "c"))).isInstanceOfSatisfying(ClaimRefusedException.class,
                e -> assertThat(e.capacity()).isEqualTo(2));
        assertThat(ports.holds.get(ConversationId.of("c")).status()).isEqualTo(QueueStatus.WAITING);
    }

    @Test
    void anEndedChatFreesItsAgentsSlotOnceEvenWhenTheEndArrivesTwice() {
        ports.waiting("a", DEMO, null);
        ports.waiting("b", DEMO, null);
        ports.waiting("c", DEMO, null);
        claims.claim(by("alice", "a"));
        claims.claim(by("alice", "b"));

        ends.onEnded(ConversationId.of("a"));
        ends.onEnded(ConversationId.of("a"));

        assertThat(ports.active.get(AgentId.of("alice"))).isEqualTo(1);
        // a freed slot may let routing place a waiting chat (AUTO strategies): asked once, for the first end
        assertThat(wakeups.log).containsExactly("agents demo");
        assertThat(claims.claim(by("alice", "c")).retry()).isFalse();
        assertThatThrownBy(() -> claims.claim(by("bob", "a"))).isInstanceOfSatisfying(ClaimRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NO_LONGER_WAITING));
    }

    @Test
    void aVisitorWhoLeavesTheQueueMovesTheOthersUp() {
        ports.waiting("a", DEMO, null);
        ports.waiting("b", DEMO, null);

        ends.onEnded(ConversationId.of("a"));

        assertThat(published).singleElement().isInstanceOfSatisfying(QueuePositionChanged.class, e -> {
            assertThat(e.conversationId().value()).isEqualTo("b");
            assertThat(e.position()).isEqualTo(1);
        });
        assertThat(wakeups.log).isEmpty();
    }

    @Test
    void anOfferedConversationIsTheOfferedAgentsAloneToClaim() {
        ports.waiting("a", DEMO, null);
        ports.offered("o", DEMO, null, "bob", Instant.parse("2026-11-23T10:00:30Z"));
        ports.waiting("b", DEMO, null);

        assertThatThrownBy(() -> claims.claim(by("alice", "o"))).isInstanceOfSatisfying(ClaimRefusedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.OFFERED_TO_ANOTHER);
            assertThat(e.holder()).contains(AgentId.of("bob"));
        });
        assertThat(published).isEmpty();

        assertThat(claims.claim(by("bob", "o")).retry()).isFalse();
        assertThat(ports.hold("o").holder()).isEqualTo(AgentId.of("bob"));
        assertThat(ports.hold("o").offer()).isNull();
        assertThat(published.get(0)).isInstanceOfSatisfying(Assigned.class,
                e -> assertThat(e.method()).isEqualTo(AssignmentMethod.CLAIM));
        // the offered conversation held its place in line: b was behind it and moves up
        assertThat(published.subList(1, published.size())).map(QueuePositionChanged.class::cast)
                .extracting(e -> e.conversationId().value() + "@" + e.position()).containsExactly("b@2");
    }

    @Test
    void aConversationNobodyQueuedCannotBeClaimed() {
        assertThatThrownBy(() -> claims.claim(by("alice", "ghost"))).isInstanceOfSatisfying(ClaimRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_QUEUED));
    }
}
