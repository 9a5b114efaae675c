package dev.handoff.routing.application.port.out;

import static dev.handoff.routing.application.port.out.RoutingRows.conversation;
import static dev.handoff.routing.application.port.out.RoutingRows.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.application.port.out.QueueHeadPort.QueueHead;
import dev.handoff.routing.domain.model.AssignmentStrategy;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueuePlace;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What every {@link QueueHeadPort} must do, run against the in-memory fake and the PostgreSQL adapter. Skipping rows
 * other transactions locked is shown by the concurrency tests of the API ({@code AutoAssignWhileClaimingTest}).
 */
public abstract class QueueHeadPortContract {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    private final TeamId billing = TeamId.of("billing");
    private final QueueKey wide = new QueueKey(tenant, null);

    /** Runs one unit of work with the port: in its own transaction where the port is transactional. */
    protected abstract <T> T inTransaction(Function<QueueHeadPort, T> work);

    /** The rows the suite starts from. */
    protected abstract RoutingRows given();

    private ConversationId queued(String name, TeamId team, int priority, int second) {
        ConversationId id = conversation(name);
        given().queued(entry(id, tenant, team, priority, NINE.plusSeconds(second)));
        return id;
    }

    /** The queue in serving order, walked head by head as a placement pass walks it. */
    private List<ConversationId> walk(QueueKey queue) {
        List<ConversationId> served = new ArrayList<>();
        QueuePlace after = null;
        for (Optional<QueueHead> next = head(queue, null); next.isPresent(); next = head(queue, after)) {
            served.add(next.get().hold().conversationId());
            after = next.get().place();
        }
        return served;
    }

    private Optional<QueueHead> head(QueueKey queue, QueuePlace after) {
        return inTransaction(port -> port.lockNextWaiting(queue, after));
    }

    private List<QueueKey> queuesToServe(TenantId in) {
        return inTransaction(port -> port.queuesToServe(in));
    }

    @Test
    void anEmptyQueueHasNoHead() {
        assertThat(head(wide, null)).isEmpty();
    }

    @Test
    void headsComeByPriorityThenArrivalAndOnlyWaitingOnesOfTheQueue() {
        ConversationId first = queued("first", null, 0, 0);
        ConversationId urgent = queued("urgent", null, 5, 1);
        ConversationId offered = queued("offered", null, 9, 2);
        ConversationId held = queued("held", null, 9, 3);
        ConversationId second = queued("second", null, 0, 4);
        queued("team", billing, 9, 5);
        given().offered(offered, AgentId.of("ana"), Instant.now().plusSeconds(3600));
        given().assigned(held, AgentId.of("ana"));
        assertThat(walk(wide)).containsExactly(urgent, first, second);
        assertThat(head(wide, null).orElseThrow().hold().priority()).isEqualTo(5);
    }

    @Test
    void aPlaceAfterTheLastHasNothingBehindIt() {
        queued("only", billing, 0, 0);
        QueueKey team = new QueueKey(tenant, billing);
        QueuePlace last = head(team, null).orElseThrow().place();
        assertThat(head(team, last)).isEmpty();
        assertThat(head(new QueueKey(tenant, TeamId.of("sales")), null)).isEmpty();
    }

    @Test
    void aManualTenantHasNoQueueToServe() {
        queued("w", null, 0, 0);
        assertThat(queuesToServe(tenant)).isEmpty();
    }

    /** A team's own strategy wins over the tenant's; without one, the team inherits it. */
    @Test
    void queuesWithWaitingConversationsAreServedByTheTeamsStrategyElseTheTenants() {
        queued("wide", null, 0, 0);
        queued("billing", billing, 0, 1);
        queued("sales", TeamId.of("sales"), 0, 2);
        ConversationId offered = queued("support", TeamId.of("support"), 0, 3);
        given().offered(offered, AgentId.of("ana"), Instant.now().plusSeconds(3600));
        given().strategy(tenant, null, AssignmentStrategy.AUTO);
        given().strategy(tenant, TeamId.of("sales"), AssignmentStrategy.MANUAL);
        assertThat(queuesToServe(tenant)).containsExactlyInAnyOrder(wide, new QueueKey(tenant, billing));
        assertThat(queuesToServe(null)).contains(wide);
        TenantId other = TenantId.of("t-" + UUID.randomUUID());
        assertThat(queuesToServe(other)).isEmpty();
    }
}
