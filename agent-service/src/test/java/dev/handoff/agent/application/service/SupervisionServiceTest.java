package dev.handoff.agent.application.service;

import static dev.handoff.agent.application.service.ChatFixture.ALICE;
import static dev.handoff.agent.application.service.ChatFixture.BOB;
import static dev.handoff.agent.application.service.ChatFixture.OLGA;
import static dev.handoff.agent.application.service.ChatFixture.SUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.handoff.agent.application.port.in.AgentAtWork;
import dev.handoff.agent.application.port.in.ChatRefusedException;
import dev.handoff.agent.application.port.in.ChatRefusedException.Reason;
import dev.handoff.agent.application.port.in.SendMessageCommand;
import dev.handoff.agent.application.port.in.SupervisionOverview;
import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.AgentPresence;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.agent.domain.model.EndReason;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.model.PresenceStatus;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The supervisors' overview, teams and read-only watching, on in-memory ports. */
class SupervisionServiceTest {
    private final ChatFixture f = new ChatFixture();

    @Test
    void aWatchingSupervisorGetsTheChatsMessagesAndEndButTheHolderStaysTheOnlyWriter() {
        f.connected(ALICE);
        f.connected(SUE);
        ConversationId id = f.assigned("c1", ALICE);
        f.visitorWrites(id, "before the watch");

        assertThat(f.watch.watch(SUE, id).messages()).extracting(m -> m.text()).containsExactly("before the watch");
        f.visitorWrites(id, "while watched");
        f.send.send(new SendMessageCommand(ALICE, id, "k1", "an answer"));
        f.complete.complete(ALICE, id);

        assertThat(f.noticesOf(SUE))
                .filteredOn(n -> n instanceof AgentNotice.MessageAdded)
                .extracting(n -> ((AgentNotice.MessageAdded) n).message().text())
                .containsExactly("while watched", "an answer");
        assertThat(f.noticesOf(SUE)).last().isEqualTo(new AgentNotice.ChatEnded(id, EndReason.COMPLETED));
        assertThatThrownBy(() -> f.send.send(new SendMessageCommand(SUE, id, "k2", "mine")))
                .isInstanceOfSatisfying(
                        ChatRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_HOLDER));
    }

    @Test
    void watchingAnotherChatOrStoppingEndsTheFirstWatch() {
        f.connected(ALICE);
        f.connected(SUE);
        ConversationId first = f.assigned("c1", ALICE);
        ConversationId second = f.assigned("c2", ALICE);
        f.watch.watch(SUE, first);
        f.watch.watch(SUE, second);
        f.visitorWrites(first, "not for sue");
        f.visitorWrites(second, "for sue");
        assertThat(f.watch.stopWatching(SUE)).isTrue();
        f.visitorWrites(second, "not any more");

        assertThat(f.noticesOf(SUE))
                .filteredOn(n -> n instanceof AgentNotice.MessageAdded)
                .extracting(n -> ((AgentNotice.MessageAdded) n).message().text())
                .containsExactly("for sue");
        assertThat(f.watch.stopWatching(SUE)).isFalse();
    }

    @Test
    void anotherTenantsSupervisorAndAnAgentWhoDoesNotHoldItCannotWatch() {
        ConversationId id = f.assigned("c1", ALICE);
        for (var outsider : new dev.handoff.agent.domain.model.Actor[] {OLGA, BOB}) {
            assertThatThrownBy(() -> f.watch.watch(outsider, id))
                    .isInstanceOfSatisfying(
                            ChatRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
        }
        assertThatThrownBy(() -> f.watch.watch(SUE, ConversationId.of("unknown")))
                .isInstanceOf(ChatRefusedException.class);
    }

    @Test
    void theOverviewCountsEachAgentsChatsAndListsTheActiveOnesAndChangesAreAnnounced() {
        f.connected(ALICE);
        f.connected(BOB);
        f.connected(SUE);
        AgentPresence bob = f.presence.lock(BOB.agentId()).orElseThrow();
        bob.choose(PresenceStatus.AWAY);
        f.presence.save(bob);
        ConversationId one = f.assigned("c1", ALICE);
        f.assigned("c2", ALICE);
        f.complete.complete(ALICE, one);
        f.assigned("c3", BOB);

        SupervisionOverview overview = f.supervision.overview(SUE);

        assertThat(overview.agents())
                .extracting(a -> a.agentId().value(), AgentAtWork::status, AgentAtWork::activeChats)
                .containsExactly(
                        tuple("alice", PresenceStatus.ONLINE, 1L),
                        tuple("sue", PresenceStatus.ONLINE, 0L),
                        tuple("bob", PresenceStatus.AWAY, 1L));
        assertThat(overview.chats())
                .extracting(c -> c.conversationId().value(), c -> c.agentName())
                .containsExactlyInAnyOrder(tuple("c2", "Alice"), tuple("c3", "Bob"));
        assertThat(f.supervision.overview(OLGA).agents()).isEmpty();
        assertThat(f.overviewChanges.announced).contains(ChatFixture.ACME).doesNotContain(OLGA.tenantId());
    }

    @Test
    void teamsListTheirMembersAndAgentsWithoutTeamServeEveryTeam() {
        join("ana", Set.of("billing"));
        join("ben", Set.of("billing", "support"));
        join("cem", Set.of());

        assertThat(f.supervision.teams(SUE))
                .extracting(
                        t -> t.team() == null ? null : t.team().value(),
                        t -> t.members().stream().map(m -> m.agentId().value()).toList())
                .containsExactly(
                        tuple("billing", java.util.List.of("ana", "ben")),
                        tuple("support", java.util.List.of("ben")),
                        tuple(null, java.util.List.of("cem")));
        assertThat(f.supervision.teams(OLGA)).isEmpty();
    }

    private void join(String agent, Set<String> teams) {
        AgentProfile profile = new AgentProfile(
                ChatFixture.ACME,
                dev.handoff.shared.id.AgentId.of(agent),
                agent,
                Set.of("agent"),
                teams.stream().map(TeamId::of).collect(java.util.stream.Collectors.toSet()));
        f.connected(profile);
    }
}
