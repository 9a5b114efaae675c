package dev.handoff.agent.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentConversationTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private static AgentConversation fresh() {
        return AgentConversation.firstHeardOf(ConversationId.of("c1"), TenantId.of("demo"));
    }

    private static HandoffDetails details(List<HistoryEntry> history) {
        return new HandoffDetails(BotId.of("bot"), VisitorInfo.anonymous(), history, "en", null, 0, T0);
    }

    @Test
    void isPendingOnlyOnceBothTheRequestAndTheQueueingAreKnownInEitherOrder() {
        AgentConversation queuedFirst = fresh();
        queuedFirst.queued(T0);
        assertThat(queuedFirst.isPending()).isFalse();
        queuedFirst.recordDetails(details(List.of()));
        assertThat(queuedFirst.isPending()).isTrue();

        AgentConversation requestedFirst = fresh();
        requestedFirst.recordDetails(details(List.of()));
        assertThat(requestedFirst.isPending()).isFalse();
        requestedFirst.queued(T0);
        assertThat(requestedFirst.isPending()).isTrue();
    }

    @Test
    void anAssignedConversationIsNoLongerPending() {
        AgentConversation c = fresh();
        c.recordDetails(details(List.of()));
        c.queued(T0);
        c.assigned(AgentId.of("alice"), T0.plusSeconds(5));
        assertThat(c.isPending()).isFalse();
        assertThat(c.assignee()).contains(AgentId.of("alice"));
    }

    @Test
    void anEndedConversationStaysEndedWhateverArrivesLate() {
        AgentConversation c = fresh();
        c.recordDetails(details(List.of()));
        c.ended(EndReason.ENDED_BY_VISITOR, T0);
        c.queued(T0.plusSeconds(1));
        assertThat(c.state()).isEqualTo(QueueState.ENDED);
        assertThat(c.isPending()).isFalse();
    }

    @Test
    void thePreviewIsTheVisitorsLastMessageNotTheBots() {
        HandoffDetails d = details(List.of(
                new HistoryEntry(Sender.VISITOR, "first", null),
                new HistoryEntry(Sender.VISITOR, "I need a human", null),
                new HistoryEntry(Sender.BOT, "One moment", null)));
        assertThat(d.lastVisitorMessage()).isEqualTo("I need a human");
        assertThat(details(List.of(new HistoryEntry(Sender.BOT, "Hi", null))).lastVisitorMessage())
                .isNull();
    }

    @Test
    void aVisitorWithoutNameIsAnonymousInTheList() {
        AgentConversation c = fresh();
        c.recordDetails(details(List.of()));
        c.queued(T0);
        assertThat(PendingHandoff.of(c).visitorName()).isEqualTo("Anonymous");
    }
}
