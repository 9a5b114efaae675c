package dev.handoff.agent.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.OfflineMessage;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link OfflineMessagePort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class OfflineMessagePortContract extends PortContract<OfflineMessagePort> {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private static final TeamId BILLING = TeamId.of("billing");
    private static final TeamId SALES = TeamId.of("sales");
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());

    private List<OfflineMessage> page(Set<TeamId> teams, Boolean handled, int offset, int limit) {
        return inTransaction(port -> port.page(tenant, teams, handled, offset, limit));
    }

    private Optional<OfflineMessage> locked(TenantId in, ConversationId conversation) {
        return inTransaction(port -> port.lock(in, conversation));
    }

    private OfflineMessage left(TeamId team, int minutesAfterNine, String text) {
        return new OfflineMessage(
                ConversationId.of("c-" + UUID.randomUUID()),
                tenant,
                BotId.of("demo-bot"),
                "Demo Bot",
                team,
                "Thandi",
                "thandi@example.com",
                text,
                NINE.plusSeconds(60L * minutesAfterNine),
                null,
                null,
                null);
    }

    @Test
    void aRecordedMessageIsReadBackAsRecorded() {
        OfflineMessage message = left(BILLING, 0, "Please call me back about my refund.");
        run(port -> port.record(message));
        assertThat(locked(tenant, message.conversationId())).contains(message);
        assertThat(page(null, null, 0, 10)).containsExactly(message);
    }

    @Test
    void aSecondMessageOfTheSameConversationLeavesTheFirstAsItWas() {
        OfflineMessage first = left(null, 0, "first");
        run(port -> port.record(first));
        run(port -> port.record(new OfflineMessage(
                first.conversationId(),
                tenant,
                first.botId(),
                first.botName(),
                null,
                "Someone else",
                "else@example.com",
                "second",
                NINE.plusSeconds(300),
                null,
                null,
                null)));
        assertThat(locked(tenant, first.conversationId())).contains(first);
    }

    @Test
    void pagesAreNewestFirstAndFilteredByTeamAndHandling() {
        OfflineMessage billing = left(BILLING, 1, "billing");
        OfflineMessage sales = left(SALES, 2, "sales");
        OfflineMessage anyTeam = left(null, 3, "anyone");
        List.of(billing, sales, anyTeam).forEach(m -> run(port -> port.record(m)));
        assertThat(page(null, null, 0, 10)).containsExactly(anyTeam, sales, billing);
        assertThat(page(null, null, 1, 1)).containsExactly(sales);
        assertThat(page(Set.of(BILLING), null, 0, 10))
                .as("a team's, and the tenant-wide ones")
                .containsExactly(anyTeam, billing);

        OfflineMessage handled =
                sales.handledBy(new Actor(tenant, AgentId.of("bob"), "Bob", false), NINE.plusSeconds(600));
        run(port -> port.saveHandled(handled));
        assertThat(page(null, true, 0, 10)).containsExactly(handled);
        assertThat(page(null, false, 0, 10)).containsExactly(anyTeam, billing);
        assertThat(locked(tenant, sales.conversationId())).contains(handled);
    }

    @Test
    void anotherTenantSeesNoneOfThem() {
        OfflineMessage message = left(null, 0, "mine");
        run(port -> port.record(message));
        TenantId other = TenantId.of("t-" + UUID.randomUUID());
        assertThat(locked(other, message.conversationId())).isEmpty();
        List<OfflineMessage> theirs = inTransaction(port -> port.page(other, null, null, 0, 10));
        assertThat(theirs).isEmpty();
    }
}
