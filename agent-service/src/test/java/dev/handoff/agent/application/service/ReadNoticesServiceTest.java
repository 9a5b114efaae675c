package dev.handoff.agent.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.agent.application.port.in.NoticePage;
import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.agent.domain.model.SequencedNotice;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadNoticesServiceTest {
    private static final AgentId ANA = AgentId.of("ana");
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private final InMemoryAgentTables agentTables = new InMemoryAgentTables();
    private final InMemoryNotices notices = new InMemoryNotices(agentTables);
    private final ReadNoticesService read = new ReadNoticesService(notices);

    /** Notices are kept only for an agent who has connected (they are numbered on the presence row). */
    @BeforeEach
    void anaConnectedOnce() {
        new InMemoryPresence(agentTables)
                .lockOrStart(new AgentProfile(TenantId.of("acme"), ANA, "Ana", Set.of("agent"), Set.of()));
    }

    private void notice(String conversation, Instant at) {
        notices.append(List.of(ANA), new AgentNotice.AssignedToAgent(ConversationId.of(conversation)), at);
    }

    @Test
    void aResumeGetsEveryNoticeAfterTheSeqInOrder() {
        notice("c1", T0);
        notice("c2", T0);
        notice("c3", T0);

        NoticePage page = read.after(ANA, 1);

        assertThat(page.notices()).extracting(SequencedNotice::seq).containsExactly(2L, 3L);
        assertThat(page.complete()).isTrue();
        assertThat(page.lastSeq()).isEqualTo(3);
        assertThat(read.after(ANA, 3).notices()).isEmpty();
        assertThat(read.after(ANA, 99).complete()).isTrue();
    }

    @Test
    void aResumeReachingBackBeyondWhatIsKeptIsIncompleteButStillGetsTheRest() {
        for (int i = 1; i <= 5; i++) {
            notice("c" + i, T0.plusSeconds(i));
        }
        notices.prune(T0.plusSeconds(2), 2); // drops c1 by age and c2, c3 by count

        assertThat(read.after(ANA, 0).notices())
                .extracting(SequencedNotice::seq)
                .containsExactly(4L, 5L);
        assertThat(read.after(ANA, 0).complete()).isFalse();
        assertThat(read.after(ANA, 3).complete()).isTrue();
    }
}
