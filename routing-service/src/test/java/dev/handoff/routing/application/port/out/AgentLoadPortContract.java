package dev.handoff.routing.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link AgentLoadPort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class AgentLoadPortContract {
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    private final AgentId ana = AgentId.of("ana");

    /** Runs one unit of work with the port: in its own transaction where the port is transactional. */
    protected abstract <T> T inTransaction(Function<AgentLoadPort, T> work);

    /** The rows the suite starts from. */
    protected abstract RoutingRows given();

    private void run(Consumer<AgentLoadPort> work) {
        inTransaction(port -> {
            work.accept(port);
            return null;
        });
    }

    private boolean take(TenantId in, int defaultLimit) {
        return inTransaction(port -> port.tryTakeSlot(in, ana, defaultLimit));
    }

    private int missed(TenantId in) {
        return inTransaction(port -> port.recordMissedOffer(in, ana));
    }

    private int limitOf(TenantId in, int defaultLimit) {
        return inTransaction(port -> port.limitOf(in, ana, defaultLimit));
    }

    @Test
    void anAgentTakesSlotsUpToTheDefaultLimitThenIsRefused() {
        assertThat(limitOf(tenant, 2)).isEqualTo(2);
        assertThat(take(tenant, 2)).isTrue();
        assertThat(take(tenant, 2)).isTrue();
        assertThat(take(tenant, 2)).as("at capacity").isFalse();
        assertThat(take(tenant, 3)).as("a higher default leaves room").isTrue();
    }

    @Test
    void theirOwnLimitBeatsTheDefaultUntilItIsCleared() {
        given().ownLimit(tenant, ana, 1);
        assertThat(limitOf(tenant, 5)).isEqualTo(1);
        assertThat(take(tenant, 5)).isTrue();
        assertThat(take(tenant, 5)).isFalse();
        given().ownLimit(tenant, ana, null);
        assertThat(limitOf(tenant, 5)).isEqualTo(5);
        assertThat(take(tenant, 5)).isTrue();
    }

    @Test
    void aReleasedSlotCanBeTakenAgainAndReleasingNeverGoesBelowNone() {
        run(port -> port.releaseSlot(tenant, ana));
        assertThat(take(tenant, 1)).isTrue();
        run(port -> port.releaseSlot(tenant, ana));
        run(port -> port.releaseSlot(tenant, ana));
        assertThat(take(tenant, 1)).isTrue();
        assertThat(take(tenant, 1)).as("one slot, not two").isFalse();
    }

    /** Agent ids are unique per tenant only: loads and limits are the tenant's and agent's together. */
    @Test
    void theSameAgentIdInAnotherTenantHasItsOwnLoadAndLimit() {
        TenantId other = TenantId.of("t-" + UUID.randomUUID());
        given().ownLimit(other, ana, 3);
        assertThat(take(tenant, 1)).isTrue();
        assertThat(take(tenant, 1)).isFalse();
        assertThat(take(other, 1)).as("the other tenant's agent holds nothing").isTrue();
        assertThat(limitOf(tenant, 1)).isEqualTo(1);
        assertThat(limitOf(other, 1)).isEqualTo(3);
        assertThat(missed(other)).isEqualTo(1);
        assertThat(missed(tenant)).isEqualTo(1);
    }

    @Test
    void missedOffersCountInARowUntilAnsweredTakenOrSetAway() {
        assertThat(missed(tenant)).isEqualTo(1);
        assertThat(missed(tenant)).isEqualTo(2);
        run(port -> port.resetMissedOffers(tenant, ana));
        assertThat(missed(tenant)).as("declining answers the offer").isEqualTo(1);
        assertThat(take(tenant, 5)).isTrue();
        assertThat(missed(tenant)).as("taking a chat shows they are there").isEqualTo(1);
        run(port -> port.requestAway(tenant, ana, Instant.parse("2026-11-23T09:00:00Z")));
        assertThat(missed(tenant)).as("set away: the count starts again").isEqualTo(1);
    }
}
