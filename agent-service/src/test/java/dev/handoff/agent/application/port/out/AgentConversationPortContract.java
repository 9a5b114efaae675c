package dev.handoff.agent.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.agent.domain.model.EndReason;
import dev.handoff.agent.domain.model.HandoffDetails;
import dev.handoff.agent.domain.model.QueueState;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link AgentConversationPort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class AgentConversationPortContract extends PortContract<AgentConversationPort> {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private static final AgentId ALICE = AgentId.of("alice");
    private static final AgentId BOB = AgentId.of("bob");
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());

    private Optional<AgentConversation> found(ConversationId id) {
        return inTransaction(port -> port.find(id));
    }

    private Optional<AgentConversation> locked(ConversationId id) {
        return inTransaction(port -> port.lock(id));
    }

    private List<ConversationId> ids(Function<AgentConversationPort, List<AgentConversation>> query) {
        return inTransaction(
                port -> query.apply(port).stream().map(AgentConversation::id).toList());
    }

    private static HandoffDetails details(int priority, int minutesAfterNine) {
        return new HandoffDetails(
                BotId.of("demo-bot"),
                new VisitorInfo("Thandi", "thandi@example.com", "en-ZA", Map.of("plan", "gold")),
                List.of(new HistoryEntry(Sender.VISITOR, "I was charged twice", NINE.minusSeconds(30))),
                "en",
                TeamId.of("billing"),
                priority,
                NINE.plusSeconds(60L * minutesAfterNine),
                "Demo Bot",
                null);
    }

    /** A conversation of the tenant, requested and queued, then changed by {@code change} and saved. */
    private ConversationId saved(int priority, int minutesAfterNine, Consumer<AgentConversation> change) {
        ConversationId id = ConversationId.of("c-" + UUID.randomUUID());
        run(port -> {
            AgentConversation c = port.lockOrStart(id, tenant);
            c.recordDetails(details(priority, minutesAfterNine));
            c.queued(NINE.plusSeconds(60L * minutesAfterNine));
            change.accept(c);
            port.save(c);
        });
        return id;
    }

    @Test
    void aConversationFirstHeardOfIsStartedOnceAndUnknownOnesAreAbsent() {
        ConversationId id = ConversationId.of("c-" + UUID.randomUUID());
        assertThat(found(id)).isEmpty();
        assertThat(locked(id)).isEmpty();

        AgentConversation started = inTransaction(port -> port.lockOrStart(id, tenant));
        assertThat(started).usingRecursiveComparison().isEqualTo(AgentConversation.firstHeardOf(id, tenant));
        run(port -> {
            AgentConversation c = port.lockOrStart(id, tenant);
            c.recordDetails(details(0, 0));
            port.save(c);
        });
        AgentConversation again = inTransaction(port -> port.lockOrStart(id, tenant));
        assertThat(again.details()).as("a second start keeps what was saved").isPresent();
    }

    @Test
    void whatIsSavedIsReadBackAsSaved() {
        ConversationId id = saved(3, 0, c -> {
            c.assigned(ALICE, NINE.plusSeconds(120));
            c.changeSubject("Double charge");
            c.proposeEnd(NINE.plusSeconds(180));
        });
        AgentConversation expected = AgentConversation.firstHeardOf(id, tenant);
        expected.recordDetails(details(3, 0));
        expected.assigned(ALICE, NINE.plusSeconds(120));
        expected.changeSubject("Double charge");
        expected.proposeEnd(NINE.plusSeconds(180));
        assertThat(found(id)).get().usingRecursiveComparison().isEqualTo(expected);
        assertThat(locked(id)).get().usingRecursiveComparison().isEqualTo(expected);

        run(port -> {
            AgentConversation c = port.lock(id).orElseThrow();
            c.ended(EndReason.COMPLETED, NINE.plusSeconds(240));
            port.save(c);
        });
        assertThat(found(id)).hasValueSatisfying(c -> {
            assertThat(c.state()).isEqualTo(QueueState.ENDED);
            assertThat(c.endReason()).contains(EndReason.COMPLETED);
            assertThat(c.assignee()).as("the last holder stays").contains(ALICE);
        });
    }

    @Test
    void pendingAreTheTenantsQueuedRequestsHighestPriorityThenLongestWaitingFirst() {
        ConversationId late = saved(0, 5, c -> {});
        ConversationId urgent = saved(2, 9, c -> {});
        ConversationId early = saved(0, 1, c -> {});
        saved(0, 0, c -> c.assigned(ALICE, NINE.plusSeconds(60)));
        ConversationId withoutDetails = ConversationId.of("c-" + UUID.randomUUID());
        run(port -> {
            AgentConversation c = port.lockOrStart(withoutDetails, tenant);
            c.queued(NINE);
            port.save(c);
        });

        assertThat(ids(port -> port.pending(tenant))).containsExactly(urgent, early, late);
        assertThat(ids(port -> port.pending(TenantId.of("t-" + UUID.randomUUID()))))
                .isEmpty();
    }

    @Test
    void heldAndActiveChatsAreTheAssignedOnesOldestAssignmentFirst() {
        ConversationId second = saved(0, 0, c -> c.assigned(ALICE, NINE.plusSeconds(600)));
        ConversationId first = saved(0, 1, c -> c.assigned(ALICE, NINE.plusSeconds(300)));
        ConversationId bobs = saved(0, 2, c -> c.assigned(BOB, NINE.plusSeconds(450)));
        saved(0, 3, c -> {
            c.assigned(ALICE, NINE.plusSeconds(200));
            c.ended(EndReason.COMPLETED, NINE.plusSeconds(400));
        });
        saved(0, 4, c -> {});

        assertThat(ids(port -> port.heldBy(tenant, ALICE))).containsExactly(first, second);
        assertThat(ids(port -> port.heldBy(TenantId.of("t-" + UUID.randomUUID()), ALICE)))
                .isEmpty();
        assertThat(ids(port -> port.active(tenant, 10))).containsExactly(first, bobs, second);
        assertThat(ids(port -> port.active(tenant, 2))).containsExactly(first, bobs);
    }
}
