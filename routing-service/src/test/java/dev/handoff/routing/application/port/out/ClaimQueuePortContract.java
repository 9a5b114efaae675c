package dev.handoff.routing.application.port.out;

import static dev.handoff.routing.application.port.out.RoutingRows.conversation;
import static dev.handoff.routing.application.port.out.RoutingRows.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link ClaimQueuePort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class ClaimQueuePortContract {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    private final TeamId billing = TeamId.of("billing");
    private final AgentId ana = AgentId.of("ana");

    /** Runs one unit of work with the port: in its own transaction where the port is transactional. */
    protected abstract <T> T inTransaction(Function<ClaimQueuePort, T> work);

    /** The rows the suite starts from. */
    protected abstract RoutingRows given();

    private void run(Consumer<ClaimQueuePort> work) {
        inTransaction(port -> {
            work.accept(port);
            return null;
        });
    }

    private ConversationHold hold(ConversationId id) {
        return inTransaction(port -> port.lockHold(id)).orElseThrow();
    }

    private ConversationId queued(String name, TeamId team, Instant at) {
        ConversationId id = conversation(name);
        given().queued(entry(id, tenant, team, 3, at));
        return id;
    }

    private List<ConversationId> inHandsOf(TenantId in, boolean heldToo) {
        return inTransaction(port -> port.inHandsOf(in, ana, heldToo));
    }

    private Optional<ConversationHold> lockHold(ConversationId id) {
        return inTransaction(port -> port.lockHold(id));
    }

    @Test
    void anUnknownConversationHasNoHold() {
        assertThat(lockHold(conversation("never"))).isEmpty();
    }

    @Test
    void aQueuedConversationIsHeldByNobody() {
        ConversationId id = queued("w", billing, NINE);
        assertThat(hold(id)).isEqualTo(new ConversationHold(id, tenant, billing, 3, QueueStatus.WAITING, null));
    }

    @Test
    void assigningGivesItToTheAgentUnderTheirNameAndTellsWhenItWasQueued() {
        ConversationId id = queued("w", null, NINE);
        Instant queuedAt = inTransaction(port -> port.assign(id, ana, "Ana Silva", NINE.plusSeconds(90)));
        assertThat(queuedAt).isEqualTo(NINE);
        assertThat(hold(id))
                .isEqualTo(new ConversationHold(id, tenant, null, 3, QueueStatus.ASSIGNED, ana, null, "Ana Silva"));
    }

    @Test
    void assigningAnOfferedConversationEndsTheOffer() {
        ConversationId id = queued("o", null, NINE);
        given().offered(id, AgentId.of("bob"), Instant.now().plusSeconds(3600));
        run(port -> port.assign(id, ana, "Ana", NINE));
        assertThat(hold(id).offer()).isNull();
        assertThat(hold(id).holder()).isEqualTo(ana);
    }

    /** The lock decides; an update that finds the row in another status means a use case skipped the decision. */
    @Test
    void onlyAWaitingConversationCanBeAssignedAndOnlyAHeldOneReassignedOrReturned() {
        ConversationId id = queued("w", null, NINE);
        assertThatThrownBy(() -> run(port -> port.reassign(id, ana, "Ana", NINE)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> run(port -> port.returnToQueue(id, null))).isInstanceOf(IllegalStateException.class);
        run(port -> port.assign(id, ana, "Ana", NINE));
        assertThatThrownBy(() -> run(port -> port.assign(id, AgentId.of("bob"), "Bob", NINE)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(hold(id).holder()).isEqualTo(ana);
    }

    @Test
    void reassigningMovesItToAnotherHolder() {
        ConversationId id = queued("h", null, NINE);
        given().assigned(id, ana);
        run(port -> port.reassign(id, AgentId.of("bob"), "Bob", NINE));
        assertThat(hold(id).holderDisplayName()).isEqualTo("Bob");
        assertThat(hold(id).status()).isEqualTo(QueueStatus.ASSIGNED);
    }

    @Test
    void returningPutsItBackWaitingInTheChosenQueue() {
        ConversationId id = queued("h", null, NINE);
        given().assigned(id, ana);
        run(port -> port.returnToQueue(id, billing));
        assertThat(hold(id)).isEqualTo(new ConversationHold(id, tenant, billing, 3, QueueStatus.WAITING, null));
    }

    @Test
    void anEndedConversationHasNoHolder() {
        ConversationId id = queued("h", null, NINE);
        given().assigned(id, ana);
        run(port -> port.end(id, NINE));
        assertThat(hold(id).status()).isEqualTo(QueueStatus.ENDED);
        assertThat(hold(id).holder()).isNull();
    }

    @Test
    void inHandsOfListsOffersAndWithHeldTooTheChatsOfTheAgentInArrivalOrder() {
        ConversationId held = queued("held", null, NINE);
        ConversationId offered = queued("offered", billing, NINE.plusSeconds(1));
        ConversationId others = queued("others", null, NINE.plusSeconds(2));
        given().assigned(held, ana);
        given().offered(offered, ana, Instant.now().plusSeconds(3600));
        given().assigned(others, AgentId.of("bob"));
        assertThat(inHandsOf(tenant, false)).containsExactly(offered);
        assertThat(inHandsOf(tenant, true)).containsExactly(held, offered);
        TenantId elsewhere = TenantId.of("t-" + UUID.randomUUID());
        assertThat(inHandsOf(elsewhere, true)).isEmpty();
    }
}
