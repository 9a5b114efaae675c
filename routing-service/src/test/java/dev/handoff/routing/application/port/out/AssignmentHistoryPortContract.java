package dev.handoff.routing.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link AssignmentHistoryPort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class AssignmentHistoryPortContract {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    private final QueueKey wide = new QueueKey(tenant, null);

    /** Runs one unit of work with the port: in its own transaction where the port is transactional. */
    protected abstract <T> T inTransaction(Function<AssignmentHistoryPort, T> work);

    private void run(Consumer<AssignmentHistoryPort> work) {
        inTransaction(port -> {
            work.accept(port);
            return null;
        });
    }

    private void assignedAt(QueueKey queue, int... seconds) {
        for (int second : seconds) {
            run(port -> port.recordAssignment(queue, NINE.plusSeconds(second)));
        }
    }

    private List<Instant> recent(QueueKey queue, int sinceSecond, int max) {
        return inTransaction(port -> port.recentAssignments(queue, NINE.plusSeconds(sinceSecond), max));
    }

    @Test
    void aQueueNobodyWasAssignedFromHasNoHistory() {
        assertThat(recent(wide, 0, 10)).isEmpty();
    }

    @Test
    void theNewestAssignmentsSinceAnInstantComeNewestFirstUpToTheMaximum() {
        assignedAt(wide, 10, 30, 20, 40);
        assertThat(recent(wide, 20, 10))
                .containsExactly(NINE.plusSeconds(40), NINE.plusSeconds(30), NINE.plusSeconds(20));
        assertThat(recent(wide, 0, 2)).containsExactly(NINE.plusSeconds(40), NINE.plusSeconds(30));
    }

    @Test
    void eachQueueHasItsOwnHistory() {
        QueueKey billing = new QueueKey(tenant, TeamId.of("billing"));
        assignedAt(wide, 10);
        assignedAt(billing, 20);
        assignedAt(new QueueKey(TenantId.of("t-" + UUID.randomUUID()), null), 30);
        assertThat(recent(wide, 0, 10)).containsExactly(NINE.plusSeconds(10));
        assertThat(recent(billing, 0, 10)).containsExactly(NINE.plusSeconds(20));
    }

    @Test
    void forgettingDropsWhatIsOlderThanTheWindowOrBeyondTheNewestToKeep() {
        assignedAt(wide, 10, 20, 30, 40, 50);
        run(port -> port.forget(wide, NINE.plusSeconds(15), 3));
        assertThat(recent(wide, 0, 10))
                .containsExactly(NINE.plusSeconds(50), NINE.plusSeconds(40), NINE.plusSeconds(30));
        run(port -> port.forget(wide, NINE.plusSeconds(45), 3));
        assertThat(recent(wide, 0, 10)).containsExactly(NINE.plusSeconds(50));
    }
}
