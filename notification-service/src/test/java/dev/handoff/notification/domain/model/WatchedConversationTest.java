package dev.handoff.notification.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WatchedConversationTest {
    private static final Instant AT = Instant.parse("2025-03-10T14:00:00Z");

    private static WatchedConversation fresh() {
        return WatchedConversation.first(ConversationId.of("c-1"), TenantId.of("acme"));
    }

    @Test
    void anEndedConversationStaysEndedWhateverArrivesLate() {
        WatchedConversation c = fresh();
        c.ended();

        c.assignedTo(AgentId.of("ana"), "Ana");
        c.backInQueue();
        c.requested(RequestDetails.of(BotId.of("bot"), null, VisitorInfo.anonymous(), List.of(), null, AT));

        assertThat(c.state()).isEqualTo(ConversationState.ENDED);
        assertThat(c.isHeldBy(AgentId.of("ana"))).isFalse();
        assertThat(c.details()).isPresent();
    }

    @Test
    void anAssignmentMakesItActiveForThatAgentAndARequeueMakesItWaitAgain() {
        WatchedConversation c = fresh();
        c.queued(3, 120);
        c.assignedTo(AgentId.of("ana"), "Ana");

        assertThat(c.isHeldBy(AgentId.of("ana"))).isTrue();
        assertThat(c.isHeldBy(AgentId.of("bob"))).isFalse();
        assertThat(c.isWaiting()).isFalse();

        c.backInQueue();
        assertThat(c.isWaiting()).isTrue();
        assertThat(c.agentId()).isEmpty();
    }

    @Test
    void theDetailsQuoteTheLastThreeLinesAndNameTheBotByItsDisplayNameElseItsId() {
        List<HistoryEntry> history = List.of(
                new HistoryEntry(Sender.VISITOR, "one", null),
                new HistoryEntry(Sender.BOT, "two", null),
                new HistoryEntry(Sender.VISITOR, "  ", null),
                new HistoryEntry(Sender.VISITOR, "three\n\nlines", null),
                new HistoryEntry(Sender.BOT, "four", null));
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < 15; i++) {
            attributes.put("k" + i, "v" + i);
        }

        RequestDetails d = RequestDetails.of(
                BotId.of("bot"), "  ", new VisitorInfo(null, "", "en", attributes), history, null, AT);

        assertThat(d.preview()).extracting(PreviewLine::text).containsExactly("two", "three lines", "four");
        assertThat(d.botName()).isEqualTo("bot");
        assertThat(d.visitorName()).isEqualTo("Anonymous");
        assertThat(d.visitorEmail()).isNull();
        assertThat(d.visitorAttributes()).hasSize(RequestDetails.MAX_ATTRIBUTES);
        assertThat(RequestDetails.of(BotId.of("bot"), "Acme Helper", null, null, null, AT)
                        .botName())
                .isEqualTo("Acme Helper");
    }
}
