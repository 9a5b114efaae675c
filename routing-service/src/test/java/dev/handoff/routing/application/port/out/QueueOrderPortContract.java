package dev.handoff.routing.application.port.out;

import static dev.handoff.routing.application.port.out.RoutingRows.conversation;
import static dev.handoff.routing.application.port.out.RoutingRows.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link QueueOrderPort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class QueueOrderPortContract {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    private final TeamId billing = TeamId.of("billing");

    /** Runs one unit of work with the port: in its own transaction where the port is transactional. */
    protected abstract <T> T inTransaction(Function<QueueOrderPort, T> work);

    /** The rows the suite starts from. */
    protected abstract RoutingRows given();

    private ConversationId queued(String name, TenantId in, TeamId team, int priority, int second) {
        ConversationId id = conversation(name);
        given().queued(entry(id, in, team, priority, NINE.plusSeconds(second)));
        return id;
    }

    private Map<ConversationId, Instant> arrivalsIn(TenantId in, TeamId team) {
        return inTransaction(port -> port.arrivalsIn(in, team));
    }

    private List<ConversationId> waitingIn(TenantId in, TeamId team) {
        return inTransaction(port -> port.waitingIn(in, team));
    }

    @Test
    void anEmptyQueueHasNobodyWaiting() {
        assertThat(waitingIn(tenant, null)).isEmpty();
        assertThat(arrivalsIn(tenant, billing)).isEmpty();
    }

    @Test
    void theHighestPriorityIsServedFirstThenTheEarliestArrival() {
        ConversationId first = queued("first", tenant, null, 0, 0);
        ConversationId urgent = queued("urgent", tenant, null, 5, 1);
        ConversationId second = queued("second", tenant, null, 0, 2);
        ConversationId alsoUrgent = queued("also-urgent", tenant, null, 5, 3);
        assertThat(waitingIn(tenant, null)).containsExactly(urgent, alsoUrgent, first, second);
    }

    /** To their visitors offered conversations still wait in line; held and ended ones left it. */
    @Test
    void offeredConversationsKeepTheirPlaceHeldAndEndedOnesLeave() {
        ConversationId offered = queued("offered", tenant, null, 0, 0);
        ConversationId held = queued("held", tenant, null, 0, 1);
        ConversationId ended = queued("ended", tenant, null, 0, 2);
        ConversationId waiting = queued("waiting", tenant, null, 0, 3);
        given().offered(offered, AgentId.of("ana"), Instant.now().plusSeconds(3600));
        given().assigned(held, AgentId.of("bob"));
        given().ended(ended);
        assertThat(waitingIn(tenant, null)).containsExactly(offered, waiting);
        assertThat(arrivalsIn(tenant, null)).isEqualTo(Map.of(offered, NINE, waiting, NINE.plusSeconds(3)));
    }

    @Test
    void eachTeamQueueTheTenantWideQueueAndEachTenantAreSeparateLines() {
        ConversationId wide = queued("wide", tenant, null, 0, 0);
        ConversationId team = queued("team", tenant, billing, 0, 1);
        TenantId other = TenantId.of("t-" + UUID.randomUUID());
        ConversationId elsewhere = queued("elsewhere", other, null, 0, 2);
        assertThat(waitingIn(tenant, null)).containsExactly(wide);
        assertThat(waitingIn(tenant, billing)).containsExactly(team);
        assertThat(waitingIn(tenant, TeamId.of("sales"))).isEmpty();
        assertThat(waitingIn(other, null)).containsExactly(elsewhere);
        assertThat(arrivalsIn(tenant, billing)).isEqualTo(Map.of(team, NINE.plusSeconds(1)));
    }
}
