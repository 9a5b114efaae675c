package dev.handoff.routing.application.port.out;

import static dev.handoff.routing.application.port.out.RoutingRows.conversation;
import static dev.handoff.routing.application.port.out.RoutingRows.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.application.port.out.QueueChangesPort.Pending;
import dev.handoff.routing.domain.model.AnnouncedPlace;
import dev.handoff.routing.domain.model.QueueChange;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.WaitStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What every {@link QueueChangesPort} must do, run against the in-memory fake and the PostgreSQL adapter. The service's
 * own announcer runs beside the PostgreSQL suite and takes every committed change, so each test reads its changes in
 * the transaction that noted them. Which queue is reserved while another announcer holds one, and who is due the offer
 * to leave a message (by the database clock), are left to the API tests that run the announcer.
 */
public abstract class QueueChangesPortContract {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    private final QueueKey wide = new QueueKey(tenant, null);
    private final QueueKey billing = new QueueKey(tenant, TeamId.of("billing"));

    /** Runs one unit of work with the port: in its own transaction where the port is transactional. */
    protected abstract <T> T inTransaction(Function<QueueChangesPort, T> work);

    /** The rows the suite starts from. */
    protected abstract RoutingRows given();

    private ConversationId queued(TeamId team) {
        ConversationId id = conversation("c");
        given().queued(entry(id, tenant, team, 0, NINE));
        return id;
    }

    private Pending changesOf(QueueKey queue) {
        return inTransaction(port -> port.changesOf(queue));
    }

    @Test
    void aQueueWithoutChangesHasNothingPending() {
        assertThat(changesOf(wide)).isEqualTo(new Pending(List.of(), List.of()));
    }

    @Test
    void changesAreReadInTheOrderNotedWithWhatTheNewcomerWasToldAndGoOnceRemoved() {
        ConversationId joined = ConversationId.of("c-" + UUID.randomUUID());
        ConversationId returned = ConversationId.of("c-" + UUID.randomUUID());
        List<QueueChange> noted = List.of(
                new QueueChange.Joined(joined, new AnnouncedPlace(3, 90, WaitStatus.AGENTS_BUSY)),
                new QueueChange.Reordered(),
                new QueueChange.Returned(returned));
        inTransaction(port -> {
            noted.forEach(change -> port.record(wide, change));
            Pending pending = port.changesOf(wide);
            assertThat(pending.changes()).isEqualTo(noted);
            assertThat(pending.ids()).hasSize(3).isSorted();
            assertThat(port.latest()).isGreaterThanOrEqualTo(pending.ids().get(2));
            port.remove(pending);
            assertThat(port.changesOf(wide).changes()).isEmpty();
            return null;
        });
    }

    @Test
    void eachQueueHasItsOwnChangesAndNoneNotedAfterTheBoundIsReserved() {
        inTransaction(port -> {
            long before = port.latest();
            port.record(billing, new QueueChange.Reordered());
            assertThat(port.changesOf(wide).changes()).isEmpty();
            assertThat(port.changesOf(billing).changes()).containsExactly(new QueueChange.Reordered());
            assertThat(port.latest()).isGreaterThan(before);
            assertThat(port.reserveNextChanged(before)).isNotEqualTo(Optional.of(billing));
            return null;
        });
    }

    /** Offered conversations are still in line; a queue whose conversations are all held has nobody waiting. */
    @Test
    void everyQueueOfTheTenantWithSomeoneInLineIsNotedChangedOnce() {
        queued(null);
        queued(null);
        ConversationId offered = queued(TeamId.of("billing"));
        ConversationId held = queued(TeamId.of("sales"));
        given().offered(offered, AgentId.of("ana"), Instant.now().plusSeconds(3600));
        given().assigned(held, AgentId.of("bob"));
        inTransaction(port -> {
            assertThat(port.recordEveryQueueInLine(tenant)).isEqualTo(2);
            assertThat(port.changesOf(wide).changes()).contains(new QueueChange.Reordered());
            assertThat(port.changesOf(billing).changes()).contains(new QueueChange.Reordered());
            return null;
        });
    }
}
