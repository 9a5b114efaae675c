package dev.handoff.routing.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.domain.model.AnnouncedPlace;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.WaitStatus;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link AnnouncedPositionsPort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class AnnouncedPositionsPortContract {
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    private final QueueKey wide = new QueueKey(tenant, null);
    private final ConversationId ana = ConversationId.of("c-" + UUID.randomUUID());
    private final ConversationId bob = ConversationId.of("c-" + UUID.randomUUID());

    /** Runs one unit of work with the port: in its own transaction where the port is transactional. */
    protected abstract <T> T inTransaction(Function<AnnouncedPositionsPort, T> work);

    private void store(QueueKey queue, Map<ConversationId, AnnouncedPlace> told, Set<ConversationId> gone) {
        inTransaction(port -> {
            port.store(queue, told, gone);
            return null;
        });
    }

    private Map<ConversationId, AnnouncedPlace> toldIn(QueueKey queue) {
        return inTransaction(port -> port.toldIn(queue));
    }

    @Test
    void nobodyWasToldAnythingInANewQueue() {
        assertThat(toldIn(wide)).isEmpty();
    }

    @Test
    void whatWasToldIsReadBackAsToldAndReplacedByTheNextTelling() {
        AnnouncedPlace first = new AnnouncedPlace(2, 90, WaitStatus.NO_AGENTS, true);
        store(wide, Map.of(ana, first, bob, new AnnouncedPlace(3, 120)), Set.of());
        assertThat(toldIn(wide)).isEqualTo(Map.of(ana, first, bob, new AnnouncedPlace(3, 120)));
        store(wide, Map.of(bob, new AnnouncedPlace(1, 30, WaitStatus.AGENTS_BUSY)), Set.of(ana));
        assertThat(toldIn(wide)).isEqualTo(Map.of(bob, new AnnouncedPlace(1, 30, WaitStatus.AGENTS_BUSY)));
    }

    @Test
    void eachQueueKeepsWhatItsOwnVisitorsWereTold() {
        QueueKey billing = new QueueKey(tenant, TeamId.of("billing"));
        store(wide, Map.of(ana, new AnnouncedPlace(1, 10)), Set.of());
        store(billing, Map.of(bob, new AnnouncedPlace(4, 40)), Set.of());
        assertThat(toldIn(wide)).containsOnlyKeys(ana);
        assertThat(toldIn(billing)).containsOnlyKeys(bob);
        assertThat(toldIn(new QueueKey(TenantId.of("t-" + UUID.randomUUID()), null)))
                .isEmpty();
        store(billing, Map.of(), Set.of(ana));
        assertThat(toldIn(wide)).as("forgetting in one queue leaves the others").containsOnlyKeys(ana);
    }
}
