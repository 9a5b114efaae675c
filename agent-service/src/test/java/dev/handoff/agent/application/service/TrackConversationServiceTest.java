package dev.handoff.agent.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.AgentPresence;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.agent.domain.model.PendingHandoff;
import dev.handoff.agent.domain.model.SessionPolicy;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TrackConversationServiceTest {
    private static final TenantId TENANT = TenantId.of("demo");
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private static final SessionPolicy POLICY = new SessionPolicy(
            Duration.ofSeconds(30), Duration.ofSeconds(20), Duration.ofMinutes(15), 500, Duration.ofSeconds(60));

    private final InMemoryConversations conversations = new InMemoryConversations();
    private final InMemoryAgentTables agentTables = new InMemoryAgentTables();
    private final InMemoryPresence presence = new InMemoryPresence(agentTables);
    private final InMemoryNotices notices = new InMemoryNotices(agentTables);
    private final MutableClock clock = new MutableClock(T0.plusSeconds(60));
    private final TrackConversationService track = new TrackConversationService(
            conversations,
            new NoticeDistributor(
                    presence, notices, new InMemoryChatWatches(), new InMemorySupervisionChanges(), POLICY, clock),
            new InMemoryChatChanges(clock),
            new InMemoryOfflineMessages());
    private final ListPendingHandoffsService list =
            new ListPendingHandoffsService(conversations, new InMemoryChatMessages());
    /** An agent of the tenant whose token names no teams: they see every request of it. */
    private static final AgentProfile ANYONE =
            new AgentProfile(TENANT, AgentId.of("alice"), "Alice", Set.of("agent"), Set.of());

    private static HandoffRequested requested(String id, String name, int priority, Instant at) {
        return new HandoffRequested(
                UUID.randomUUID(),
                at,
                TENANT,
                ConversationId.of(id),
                BotId.of("demo-bot"),
                new VisitorInfo(name, null, null, Map.of()),
                List.of(new HistoryEntry(Sender.VISITOR, "hi " + id, null)),
                "en",
                null,
                priority,
                null);
    }

    private static Queued queued(String id) {
        return new Queued(UUID.randomUUID(), T0, TENANT, ConversationId.of(id), BotId.of("demo-bot"), null, 0, 1, 60);
    }

    private static HandoffRequested requestedForTeam(String id, String team) {
        return new HandoffRequested(
                UUID.randomUUID(),
                T0,
                TENANT,
                ConversationId.of(id),
                BotId.of("demo-bot"),
                VisitorInfo.anonymous(),
                List.of(),
                "en",
                TeamId.of(team),
                0,
                null);
    }

    private static Assigned assigned(String id, String agent) {
        return new Assigned(
                UUID.randomUUID(), T0, TENANT, ConversationId.of(id), AgentId.of(agent), agent, AssignmentMethod.CLAIM);
    }

    /** An agent with an open console, in the given tenant and teams. */
    private void connected(String agent, String tenant, String... teams) {
        connected(profile(agent, tenant, Set.of("agent"), teams));
    }

    private void connected(AgentProfile profile) {
        presence.connect(profile, "console-of-" + profile.agentId().value(), clock.instant());
    }

    private static AgentProfile profile(String agent, String tenant, Set<String> roles, String... teams) {
        return new AgentProfile(
                TenantId.of(tenant),
                AgentId.of(agent),
                agent,
                roles,
                Arrays.stream(teams).map(TeamId::of).collect(Collectors.toSet()));
    }

    private List<String> pendingFor(AgentProfile viewer) {
        return list.pending(viewer).stream()
                .map(p -> p.conversationId().value())
                .toList();
    }

    @Test
    void listsQueuedRequestsMostUrgentFirstThenLongestWaiting() {
        track.onHandoffRequested(requested("late", "Lee", 0, T0.plusSeconds(20)));
        track.onHandoffRequested(requested("early", null, 0, T0));
        track.onHandoffRequested(requested("vip", "Vic", 3, T0.plusSeconds(30)));
        List.of("late", "early", "vip").forEach(id -> track.onLifecycle(queued(id)));

        List<PendingHandoff> pending = list.pending(ANYONE);

        assertThat(pending).extracting(p -> p.conversationId().value()).containsExactly("vip", "early", "late");
        assertThat(pending.get(1).visitorName()).isEqualTo("Anonymous");
        assertThat(pending.get(1).preview()).isEqualTo("hi early");
        assertThat(pending.get(1).waitingSince()).isEqualTo(T0);
    }

    @Test
    void aQueuedEventArrivingBeforeTheRequestStillEndsUpListed() {
        track.onLifecycle(queued("c"));
        assertThat(list.pending(ANYONE)).isEmpty();
        track.onHandoffRequested(requested("c", "Cee", 0, T0));
        assertThat(list.pending(ANYONE)).extracting(PendingHandoff::visitorName).containsExactly("Cee");
    }

    @Test
    void anAssignmentRemovesTheRequestFromTheList() {
        track.onHandoffRequested(requested("c", "Cee", 0, T0));
        track.onLifecycle(queued("c"));
        track.onLifecycle(new Assigned(
                UUID.randomUUID(),
                T0,
                TENANT,
                ConversationId.of("c"),
                AgentId.of("alice"),
                "Alice",
                AssignmentMethod.CLAIM));
        assertThat(list.pending(ANYONE)).isEmpty();
    }

    @Test
    void aConversationBecomingPendingIsNoticedOnceByTheTenantsAgentsInEitherOrder() {
        connected("alice", "demo");
        connected("olga", "other");
        track.onLifecycle(queued("c"));
        assertThat(notices.of("alice")).isEmpty();
        track.onHandoffRequested(requested("c", "Cee", 1, T0));
        track.onLifecycle(queued("c"));

        assertThat(notices.of("alice"))
                .singleElement()
                .isInstanceOfSatisfying(
                        AgentNotice.PendingAdded.class,
                        added -> assertThat(added.pending())
                                .isEqualTo(list.pending(ANYONE).get(0)));
        assertThat(notices.of("olga")).isEmpty();
    }

    @Test
    void teamRequestsAreNoticedByThatTeamAndByAgentsWithoutTeams() {
        connected("bill", "demo", "billing");
        connected("sam", "demo", "sales");
        connected("eve", "demo");
        track.onHandoffRequested(requestedForTeam("c", "billing"));
        track.onLifecycle(queued("c"));

        assertThat(notices.of("bill")).hasSize(1);
        assertThat(notices.of("eve")).hasSize(1);
        assertThat(notices.of("sam")).isEmpty();
    }

    @Test
    void theListShowsTheViewersTeamsAndRequestsWithoutTeamWhileSupervisorsAndAgentsWithoutTeamsSeeAll() {
        track.onHandoffRequested(requestedForTeam("b", "billing"));
        track.onHandoffRequested(requestedForTeam("s", "sales"));
        track.onHandoffRequested(requested("n", "Nia", 0, T0));
        List.of("b", "s", "n").forEach(id -> track.onLifecycle(queued(id)));
        Set<String> agent = Set.of("agent");

        assertThat(pendingFor(profile("bill", "demo", agent, "billing"))).containsExactlyInAnyOrder("b", "n");
        assertThat(pendingFor(profile("sam", "demo", agent, "sales", "support")))
                .containsExactlyInAnyOrder("s", "n");
        assertThat(pendingFor(profile("both", "demo", agent, "sales", "billing")))
                .containsExactlyInAnyOrder("b", "s", "n");
        assertThat(pendingFor(profile("eve", "demo", agent))).containsExactlyInAnyOrder("b", "s", "n");
        assertThat(pendingFor(profile("sue", "demo", Set.of("agent", "supervisor"), "sales")))
                .containsExactlyInAnyOrder("b", "s", "n");
        assertThat(pendingFor(profile("olga", "other", Set.of("supervisor")))).isEmpty();
    }

    @Test
    void aSupervisorWhoseTokenNamesTeamsIsStillNoticedOfEveryTeamsRequests() {
        AgentProfile sue = profile("sue", "demo", Set.of("agent", "supervisor"), "sales");
        connected(sue);
        connected("sam", "demo", "sales");
        track.onHandoffRequested(requestedForTeam("c", "billing"));
        track.onLifecycle(queued("c"));

        assertThat(notices.of("sue")).singleElement().isInstanceOf(AgentNotice.PendingAdded.class);
        assertThat(notices.of("sam")).isEmpty();
    }

    @Test
    void aClaimIsNoticedWithWhoClaimedAndTheAssigneeIsToldSeparately() {
        connected("alice", "demo");
        connected("carol", "demo");
        track.onHandoffRequested(requested("c", "Cee", 0, T0));
        track.onLifecycle(queued("c"));
        track.onLifecycle(assigned("c", "carol"));

        assertThat(notices.of("alice"))
                .containsExactly(
                        notices.of("alice").get(0),
                        new AgentNotice.PendingRemoved(
                                ConversationId.of("c"), AgentNotice.Reason.CLAIMED, AgentId.of("carol")));
        assertThat(notices.of("carol"))
                .endsWith(
                        new AgentNotice.PendingRemoved(
                                ConversationId.of("c"), AgentNotice.Reason.CLAIMED, AgentId.of("carol")),
                        new AgentNotice.AssignedToAgent(ConversationId.of("c")));
    }

    @Test
    void anEndedRequestIsNoticedAsEndedAndARequeueMakesItPendingAgain() {
        connected("alice", "demo");
        track.onHandoffRequested(requested("c", "Cee", 0, T0));
        track.onLifecycle(queued("c"));
        track.onLifecycle(assigned("c", "bob"));
        track.onLifecycle(new Requeued(
                UUID.randomUUID(), T0, TENANT, ConversationId.of("c"), AgentId.of("bob"), "agent-offline"));
        track.onLifecycle(new EndedByVisitor(UUID.randomUUID(), T0, TENANT, ConversationId.of("c")));

        assertThat(notices.of("alice"))
                .extracting(n -> n.getClass().getSimpleName())
                .containsExactly("PendingAdded", "PendingRemoved", "PendingAdded", "PendingRemoved");
        assertThat(notices.of("alice").get(3))
                .isEqualTo(new AgentNotice.PendingRemoved(ConversationId.of("c"), AgentNotice.Reason.ENDED, null));
    }

    @Test
    void agentsAwayLongerThanTheRetentionAreNotNoticed() {
        connected("alice", "demo");
        AgentPresence alice = presence.lock(AgentId.of("alice")).orElseThrow();
        presence.removeConnection("console-of-alice");
        alice.disconnected(clock.instant(), Duration.ofSeconds(20));
        presence.save(alice);
        clock.advance(Duration.ofMinutes(16));
        track.onHandoffRequested(requested("c", "Cee", 0, T0));
        track.onLifecycle(queued("c"));
        assertThat(notices.of("alice")).isEmpty();
    }

    @Test
    void placesInTheQueueAreNotUsedAndNeitherStartNorChangeAView() {
        connected("alice", "demo");
        QueuePositionChanged place =
                new QueuePositionChanged(UUID.randomUUID(), T0, TENANT, ConversationId.of("unknown"), 3, 60);
        assertThat(track.uses(place)).isFalse();
        assertThat(track.uses(queued("c"))).isTrue();

        track.onLifecycle(place);
        track.onHandoffRequested(requested("c", "Cee", 0, T0));
        track.onLifecycle(queued("c"));
        track.onLifecycle(new QueuePositionChanged(UUID.randomUUID(), T0, TENANT, ConversationId.of("c"), 1, 10));

        assertThat(conversations.find(ConversationId.of("unknown"))).isEmpty();
        assertThat(list.pending(ANYONE))
                .extracting(PendingHandoff::conversationId)
                .containsExactly(ConversationId.of("c"));
        assertThat(notices.of("alice"))
                .extracting(n -> n.getClass().getSimpleName())
                .containsExactly("PendingAdded");
    }
}
