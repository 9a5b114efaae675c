package dev.handoff.routing.application.port.out;

import static dev.handoff.routing.application.port.out.RoutingRows.conversation;
import static dev.handoff.routing.application.port.out.RoutingRows.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.Offer;
import dev.handoff.routing.domain.model.PassOverReason;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link OfferPort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class OfferPortContract {
    /** Offers expire far in the past: the service's own sweep, which sweeps up to now, never sees them uncommitted. */
    private static final Instant LONG_AGO = Instant.parse("2001-01-01T00:00:00Z");

    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    private final AgentId ana = AgentId.of("ana");

    /** Runs one unit of work with the port: in its own transaction where the port is transactional. */
    protected abstract <T> T inTransaction(Function<OfferPort, T> work);

    /** The rows the suite starts from. */
    protected abstract RoutingRows given();

    private void run(Consumer<OfferPort> work) {
        inTransaction(port -> {
            work.accept(port);
            return null;
        });
    }

    private ConversationId queued(String name) {
        ConversationId id = conversation(name);
        given().queued(entry(id, tenant, null, 0, Instant.parse("2026-11-23T09:00:00Z")));
        return id;
    }

    private ConversationHold hold(ConversationId id) {
        return given().hold(id).orElseThrow();
    }

    private boolean timedOut(ConversationId id, AgentId agent) {
        return inTransaction(port -> port.timedOut(id, agent));
    }

    @Test
    void anOfferReservesTheConversationForTheAgentUntilWithdrawn() {
        ConversationId id = queued("o");
        Instant expiresAt = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);
        run(port -> port.offer(id, ana, expiresAt));
        assertThat(hold(id).status()).isEqualTo(QueueStatus.OFFERED);
        assertThat(hold(id).offer()).isEqualTo(new Offer(ana, expiresAt));
        run(port -> port.withdraw(id));
        assertThat(hold(id).status()).isEqualTo(QueueStatus.WAITING);
        assertThat(hold(id).offer()).isNull();
    }

    @Test
    void onlyAWaitingConversationCanBeOfferedAndOnlyAnOfferedOneWithdrawn() {
        ConversationId id = queued("o");
        assertThatThrownBy(() -> run(port -> port.withdraw(id))).isInstanceOf(IllegalStateException.class);
        given().assigned(id, ana);
        assertThatThrownBy(() -> run(port -> port.offer(id, ana, Instant.now().plusSeconds(60))))
                .isInstanceOf(IllegalStateException.class);
    }

    /** Expired at its expiry instant, not a moment later; soonest expired first, at most as many as asked. */
    @Test
    void expiredOffersAreLockedSoonestFirstUpToTheMaximum() {
        ConversationId late = queued("late");
        ConversationId soon = queued("soon");
        ConversationId now = queued("now");
        ConversationId open = queued("open");
        List<ConversationId> ours = List.of(late, soon, now, open);
        List<ConversationId> expired = inTransaction(port -> {
            port.offer(late, ana, LONG_AGO.minusSeconds(10));
            port.offer(soon, ana, LONG_AGO.minusSeconds(20));
            port.offer(now, ana, LONG_AGO);
            port.offer(open, ana, LONG_AGO.plusSeconds(1));
            return port.lockExpired(LONG_AGO, 10).stream()
                    .filter(ours::contains)
                    .toList();
        });
        assertThat(expired).containsExactly(soon, late, now);
    }

    @Test
    void atMostTheMaximumIsLocked() {
        // Earlier than any other test's offers: only these three have expired by then.
        Instant earlier = LONG_AGO.minusSeconds(3600);
        ConversationId first = queued("first");
        ConversationId second = queued("second");
        ConversationId third = queued("third");
        List<ConversationId> firstTwo = inTransaction(port -> {
            port.offer(third, ana, earlier.minusSeconds(1));
            port.offer(first, ana, earlier.minusSeconds(3));
            port.offer(second, ana, earlier.minusSeconds(2));
            return port.lockExpired(earlier, 2);
        });
        assertThat(firstTwo).containsExactly(first, second);
    }

    @Test
    void whoWasPassedOverIsRememberedWithTheLatestReason() {
        ConversationId id = queued("p");
        AgentId bob = AgentId.of("bob");
        assertThat(timedOut(id, ana)).isFalse();
        run(port -> port.passOver(id, ana, PassOverReason.TIMED_OUT, Instant.now()));
        run(port -> port.passOver(id, bob, PassOverReason.DECLINED, Instant.now()));
        assertThat(timedOut(id, ana)).isTrue();
        assertThat(timedOut(id, bob)).as("declined, not timed out").isFalse();
        run(port -> port.passOver(id, ana, PassOverReason.DECLINED, Instant.now()));
        assertThat(timedOut(id, ana)).isFalse();
    }
}
