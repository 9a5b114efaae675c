package dev.handoff.routing.application.port.out;

import static dev.handoff.routing.application.port.out.RoutingRows.conversation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.domain.model.QueueEntry;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link QueuePort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class QueuePortContract {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    private final TeamId billing = TeamId.of("billing");

    /** Runs one unit of work with the port: in its own transaction where the port is transactional. */
    protected abstract <T> T inTransaction(Function<QueuePort, T> work);

    /** The rows the suite starts from. */
    protected abstract RoutingRows given();

    private QueueEntry entry(String name, TeamId team, int priority, int second) {
        return new QueueEntry(
                conversation(name), tenant, BotId.of("bot"), team, priority, NINE.plusSeconds(second), name, "hi");
    }

    /** An urgent tenant-wide entry of another tenant: first in line there, ahead of nobody here. */
    private void addAbroad(String name) {
        add(new QueueEntry(
                conversation(name),
                TenantId.of("t-" + UUID.randomUUID()),
                BotId.of("bot"),
                null,
                9,
                NINE,
                "Other",
                null));
    }

    private boolean add(QueueEntry entry) {
        return inTransaction(port -> port.addIfAbsent(entry));
    }

    private List<QueueEntry> entries(TenantId in) {
        return inTransaction(port -> port.waiting(in));
    }

    private List<ConversationId> waiting(TenantId in) {
        return entries(in).stream().map(QueueEntry::conversationId).toList();
    }

    private int position(QueueEntry entry) {
        return inTransaction(port -> port.positionOf(entry.conversationId()));
    }

    /** A redelivered handoff must not queue the conversation twice. */
    @Test
    void aConversationIsQueuedOnceAndReadBackAsQueued() {
        QueueEntry entry = entry("once", billing, 2, 0);
        assertThat(add(entry)).isTrue();
        assertThat(add(new QueueEntry(
                        entry.conversationId(), tenant, BotId.of("bot"), null, 0, NINE.plusSeconds(5), "again", null)))
                .isFalse();
        assertThat(entries(tenant)).contains(entry);
    }

    @Test
    void theTenantsWaitingListIsByPriorityThenArrivalOverAllItsQueues() {
        QueueEntry first = entry("first", null, 0, 0);
        QueueEntry urgent = entry("urgent", billing, 5, 1);
        QueueEntry second = entry("second", billing, 0, 2);
        List.of(first, urgent, second).forEach(this::add);
        addAbroad("elsewhere");
        assertThat(waiting(tenant))
                .containsExactly(urgent.conversationId(), first.conversationId(), second.conversationId());
    }

    /** An offered conversation is still in line, and says to whom it is offered; a held one left the line. */
    @Test
    void offeredConversationsStayListedWithTheirAgentAndHeldOnesLeave() {
        QueueEntry offered = entry("offered", null, 0, 0);
        QueueEntry held = entry("held", null, 0, 1);
        List.of(offered, held).forEach(this::add);
        given().offered(
                        offered.conversationId(),
                        AgentId.of("ana"),
                        Instant.now().plusSeconds(3600));
        given().assigned(held.conversationId(), AgentId.of("bob"));
        assertThat(entries(tenant))
                .singleElement()
                .extracting(QueueEntry::offeredTo)
                .isEqualTo(AgentId.of("ana"));
    }

    @Test
    void aPositionCountsOnlyThoseAheadInTheSameQueue() {
        QueueEntry wide = entry("wide", null, 0, 0);
        QueueEntry early = entry("early", billing, 0, 1);
        QueueEntry late = entry("late", billing, 0, 2);
        QueueEntry urgent = entry("urgent", billing, 5, 3);
        List.of(wide, early, late, urgent).forEach(this::add);
        assertThat(position(wide)).isEqualTo(1);
        assertThat(position(urgent)).isEqualTo(1);
        assertThat(position(early)).isEqualTo(2);
        assertThat(position(late)).isEqualTo(3);
        given().assigned(urgent.conversationId(), AgentId.of("ana"));
        assertThat(position(late)).as("a held conversation is no longer ahead").isEqualTo(2);
    }

    /** The tenant-wide queue is a queue of its own: team entries and other tenants' entries are not ahead in it. */
    @Test
    void aTenantWidePlaceCountsOnlyTheTenantsTenantWideEntries() {
        QueueEntry team = entry("team", billing, 0, 0);
        QueueEntry first = entry("first", null, 0, 1);
        QueueEntry second = entry("second", null, 0, 2);
        List.of(team, first, second).forEach(this::add);
        addAbroad("abroad");
        assertThat(position(second)).isEqualTo(2);
    }
}
