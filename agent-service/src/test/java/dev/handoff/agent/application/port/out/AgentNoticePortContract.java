package dev.handoff.agent.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.agent.domain.model.EndReason;
import dev.handoff.agent.domain.model.SequencedNotice;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AgentNoticePort} must do, run against the in-memory fake and the PostgreSQL adapter. Notices
 * that stay are made in 2100, out of reach of the service's timed pruning; pruning is tested by age only, in the
 * unit of work that made the notices long ago, as a count limit would prune every agent's notices in the table.
 */
public abstract class AgentNoticePortContract extends PortContract<AgentNoticePort> {
    private static final Instant LATER = Instant.parse("2100-01-01T00:00:00Z");
    private static final Instant LONG_AGO = Instant.parse("1990-01-01T00:00:00Z");
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    private final String staff = "a-" + UUID.randomUUID();
    private final AgentId ana = AgentId.of(staff + "-ana");
    private final AgentId bob = AgentId.of(staff + "-bob");
    private final AgentId stranger = AgentId.of(staff + "-never-connected");

    /** The agent has a presence row, as every agent who ever opened a console has; notices are numbered on it. */
    protected abstract void presenceStarted(AgentProfile agent);

    private void connectedOnce(AgentId... agents) {
        for (AgentId agent : agents) {
            presenceStarted(new AgentProfile(tenant, agent, null, Set.of("agent"), Set.of()));
        }
    }

    private static AgentNotice assigned(String conversation) {
        return new AgentNotice.AssignedToAgent(ConversationId.of(conversation));
    }

    private long lastSeq(AgentId agent) {
        return inTransaction(port -> port.lastSeq(agent));
    }

    private Map<AgentId, Long> lastSeqs(AgentId... agents) {
        return inTransaction(port -> port.lastSeqs(List.of(agents)));
    }

    private List<SequencedNotice> between(AgentId agent, long afterSeq, long upToSeq) {
        return inTransaction(port -> port.between(agent, afterSeq, upToSeq));
    }

    @Test
    void eachAgentsNoticesAreNumberedFromOneAndReadBackInOrder() {
        connectedOnce(ana, bob);
        AgentNotice ended = new AgentNotice.ChatEnded(ConversationId.of("c2"), EndReason.COMPLETED);
        run(port -> port.append(List.of(ana, bob), assigned("c1"), LATER));
        run(port -> port.append(List.of(ana), ended, LATER));

        assertThat(lastSeq(ana)).isEqualTo(2);
        assertThat(lastSeqs(ana, bob)).isEqualTo(Map.of(ana, 2L, bob, 1L));
        assertThat(between(ana, 0, 2))
                .containsExactly(new SequencedNotice(1, assigned("c1")), new SequencedNotice(2, ended));
        assertThat(between(ana, 1, 2)).containsExactly(new SequencedNotice(2, ended));
        assertThat(between(ana, 0, 1)).containsExactly(new SequencedNotice(1, assigned("c1")));
        assertThat(between(bob, 1, 5)).isEmpty();
    }

    @Test
    void anAgentWhoNeverConnectedGetsNoNoticesAndNoSeq() {
        connectedOnce(ana, bob);
        run(port -> port.append(List.of(ana, stranger, ana), assigned("c1"), LATER));
        run(port -> port.skip(stranger));

        assertThat(lastSeq(stranger)).isZero();
        assertThat(between(stranger, 0, 10)).isEmpty();
        assertThat(lastSeq(ana)).as("named twice, noticed once").isEqualTo(1);
        assertThat(lastSeqs(ana, bob, stranger))
                .as("a connected agent without notices is at 0")
                .isEqualTo(Map.of(ana, 1L, bob, 0L));
    }

    @Test
    void aSkippedSeqHasNoNotice() {
        connectedOnce(ana);
        run(port -> port.skip(ana));
        run(port -> port.append(List.of(ana), assigned("c1"), LATER));

        assertThat(lastSeq(ana)).isEqualTo(2);
        assertThat(between(ana, 0, 2)).containsExactly(new SequencedNotice(2, assigned("c1")));
    }

    @Test
    void pruningDeletesNoticesOlderThanTheLimitAndCountsThem() {
        connectedOnce(ana);
        List<Object> seen = inTransaction(port -> {
            port.append(List.of(ana), assigned("old"), LONG_AGO);
            port.append(List.of(ana), assigned("new"), LONG_AGO.plusSeconds(10));
            int pruned = port.prune(LONG_AGO.plusSeconds(5), Integer.MAX_VALUE / 2);
            return List.of(pruned, port.between(ana, 0, 2));
        });

        assertThat(seen).containsExactly(1, List.of(new SequencedNotice(2, assigned("new"))));
    }
}
