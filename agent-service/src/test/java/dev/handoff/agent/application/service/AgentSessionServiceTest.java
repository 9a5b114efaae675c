package dev.handoff.agent.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.agent.application.port.in.IssueSessionTicketCommand;
import dev.handoff.agent.application.port.in.OpenSessionCommand;
import dev.handoff.agent.application.port.in.OpenedSession;
import dev.handoff.agent.application.port.in.TicketRejectedException;
import dev.handoff.agent.application.port.in.TicketRejectedException.Reason;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.agent.domain.model.SessionPolicy;
import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.testinfra.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentSessionServiceTest {
    private static final Duration GRACE = Duration.ofSeconds(20);
    private static final SessionPolicy POLICY =
            new SessionPolicy(Duration.ofSeconds(30), GRACE, Duration.ofMinutes(15), 500, Duration.ofSeconds(60));
    private static final AgentProfile ANA = new AgentProfile(
            TenantId.of("acme"),
            AgentId.of("ana"),
            "Ana Silva",
            Set.of("agent"),
            Set.of(TeamId.of("support"), TeamId.of("billing")));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final InMemorySessionTickets issued = new InMemorySessionTickets();
    private final InMemoryAgentTables agentTables = new InMemoryAgentTables();
    private final InMemoryPresence presence = new InMemoryPresence(agentTables);
    private final InMemoryNotices notices = new InMemoryNotices(agentTables);
    private final InMemoryPresenceEvents events = new InMemoryPresenceEvents();
    private final PresenceAnnouncer announcer = new PresenceAnnouncer(events, new InMemorySupervisionChanges());
    private final IssueSessionTicketService tickets = new IssueSessionTicketService(issued, POLICY, clock);
    private final AgentSessionService sessions =
            new AgentSessionService(issued, presence, notices, announcer, POLICY, clock);
    private final ExpireSessionsService expiry =
            new ExpireSessionsService(presence, notices, issued, announcer, POLICY, clock);

    private OpenedSession open(String connectionId) {
        String ticket = tickets.issue(new IssueSessionTicketCommand(ANA)).value();
        return sessions.open(new OpenSessionCommand(ticket, connectionId));
    }

    private List<PresenceStatus> announced() {
        return events.published.stream().map(PresenceChanged::status).toList();
    }

    @Test
    void ticketsAreRandomUrlSafeAndExpireAfterTheirTtl() {
        var first = tickets.issue(new IssueSessionTicketCommand(ANA));
        var second = tickets.issue(new IssueSessionTicketCommand(ANA));
        assertThat(first.value()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(second.value());
        assertThat(first.expiresAt()).isEqualTo(clock.instant().plusSeconds(30));
    }

    @Test
    void aTicketOpensOneSessionOnlyAndNotAfterItExpired() {
        String ticket = tickets.issue(new IssueSessionTicketCommand(ANA)).value();
        sessions.open(new OpenSessionCommand(ticket, "c1"));
        assertThatThrownBy(() -> sessions.open(new OpenSessionCommand(ticket, "c2")))
                .isInstanceOfSatisfying(
                        TicketRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_OR_USED));

        String late = tickets.issue(new IssueSessionTicketCommand(ANA)).value();
        clock.advance(Duration.ofSeconds(30));
        assertThatThrownBy(() -> sessions.open(new OpenSessionCommand(late, "c3")))
                .isInstanceOfSatisfying(
                        TicketRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.EXPIRED));
        assertThatThrownBy(() -> sessions.open(new OpenSessionCommand(" ", "c4")))
                .isInstanceOfSatisfying(
                        TicketRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING));
    }

    @Test
    void theFirstConnectionAnnouncesOnlineWithTheTicketsProfileAndRoutingsDefaultCapacity() {
        OpenedSession opened = open("c1");
        open("c2");

        assertThat(opened.status()).isEqualTo(PresenceStatus.ONLINE);
        assertThat(events.published).singleElement().satisfies(e -> {
            assertThat(e.agentId()).isEqualTo(AgentId.of("ana"));
            assertThat(e.tenantId()).isEqualTo(TenantId.of("acme"));
            assertThat(e.displayName()).isEqualTo("Ana Silva");
            assertThat(e.capacity()).isZero();
            assertThat(e.teams()).containsExactly(TeamId.of("billing"), TeamId.of("support"));
            assertThat(e.languages()).isEmpty();
            assertThat(e.occurredAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void theAgentGoesOfflineOnlyAfterTheGracePeriodOfTheLastClose() {
        open("c1");
        open("c2");
        sessions.close(AgentId.of("ana"), "c1");
        clock.advance(GRACE.plusSeconds(1));
        expiry.expirePresence();
        assertThat(announced()).containsExactly(PresenceStatus.ONLINE);

        sessions.close(AgentId.of("ana"), "c2");
        clock.advance(GRACE.minusSeconds(1));
        expiry.expirePresence();
        assertThat(announced()).containsExactly(PresenceStatus.ONLINE);
        clock.advance(Duration.ofSeconds(1));
        expiry.expirePresence();
        expiry.expirePresence();
        assertThat(announced()).containsExactly(PresenceStatus.ONLINE, PresenceStatus.OFFLINE);
    }

    @Test
    void aReconnectWithinTheGracePeriodCancelsTheOfflineAndKeepsTheChosenStatus() {
        open("c1");
        sessions.choose(AgentId.of("ana"), PresenceStatus.AWAY);
        sessions.close(AgentId.of("ana"), "c1");
        clock.advance(GRACE.minusSeconds(5));
        OpenedSession back = open("c2");
        clock.advance(GRACE);
        expiry.expirePresence();

        assertThat(back.status()).isEqualTo(PresenceStatus.AWAY);
        assertThat(announced()).containsExactly(PresenceStatus.ONLINE, PresenceStatus.AWAY);
    }

    @Test
    void choosingTheCurrentStatusAgainAnnouncesNothing() {
        open("c1");
        sessions.choose(AgentId.of("ana"), PresenceStatus.ONLINE);
        sessions.choose(AgentId.of("ana"), PresenceStatus.AWAY);
        sessions.choose(AgentId.of("ana"), PresenceStatus.AWAY);
        sessions.choose(AgentId.of("ana"), PresenceStatus.ONLINE);
        assertThat(announced()).containsExactly(PresenceStatus.ONLINE, PresenceStatus.AWAY, PresenceStatus.ONLINE);
    }

    @Test
    void connectionsOfADeadReplicaCountAsClosedOnceUnconfirmed() {
        open("held-here");
        open("held-by-dead-replica");
        clock.advance(Duration.ofSeconds(45));
        sessions.heartbeat(List.of("held-here"));
        clock.advance(Duration.ofSeconds(20));
        expiry.expirePresence();
        assertThat(presence.connectionIds()).containsOnly("held-here");

        clock.advance(Duration.ofSeconds(61));
        expiry.expirePresence();
        clock.advance(GRACE);
        expiry.expirePresence();
        assertThat(announced()).containsExactly(PresenceStatus.ONLINE, PresenceStatus.OFFLINE);
    }

    @Test
    void anAgentBackAfterTheRetentionGetsASkippedSeqSoAnOldResumeReportsAGap() {
        open("c1");
        sessions.close(AgentId.of("ana"), "c1");
        long before = notices.lastSeq(AgentId.of("ana"));
        clock.advance(Duration.ofMinutes(16));
        OpenedSession back = open("c2");
        assertThat(back.lastSeq()).isEqualTo(before + 1);
        assertThat(new ReadNoticesService(notices)
                        .after(AgentId.of("ana"), before)
                        .complete())
                .isFalse();
    }
}
