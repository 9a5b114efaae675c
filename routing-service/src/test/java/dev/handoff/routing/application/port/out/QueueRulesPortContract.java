package dev.handoff.routing.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.domain.model.QueueRules;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link QueueRulesPort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class QueueRulesPortContract {
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    private final TeamId billing = TeamId.of("billing");

    /** Runs one unit of work with the port: in its own transaction where the port is transactional. */
    protected abstract <T> T inTransaction(Function<QueueRulesPort, T> work);

    private void run(Consumer<QueueRulesPort> work) {
        inTransaction(port -> {
            work.accept(port);
            return null;
        });
    }

    private QueueRules rules(TenantId in) {
        return inTransaction(port -> port.rules(in));
    }

    private Integer overflow(TenantId in, TeamId team) {
        return inTransaction(port -> port.teamOverflow(in, team));
    }

    @Test
    void aTenantThatChoseNothingHasTheDefaults() {
        assertThat(rules(tenant)).isEqualTo(QueueRules.DEFAULT);
    }

    @Test
    void savedRulesAreReadBackAndASecondSaveReplacesThem() {
        QueueRules first = new QueueRules(5, 60, 30);
        run(port -> port.saveRules(tenant, first));
        assertThat(rules(tenant)).isEqualTo(first);
        QueueRules second = new QueueRules(2, 0, 0);
        run(port -> port.saveRules(tenant, second));
        assertThat(rules(tenant)).isEqualTo(second);
        assertThat(rules(TenantId.of("t-" + UUID.randomUUID()))).isEqualTo(QueueRules.DEFAULT);
    }

    @Test
    void aTeamInheritsUntilItSetsItsOwnOverflowAndAgainOnceItClearsIt() {
        assertThat(overflow(tenant, billing)).isNull();
        run(port -> port.saveTeamOverflow(tenant, billing, 90));
        assertThat(overflow(tenant, billing)).isEqualTo(90);
        run(port -> port.saveTeamOverflow(tenant, billing, 0));
        assertThat(overflow(tenant, billing)).as("0: never overflows").isZero();
        run(port -> port.saveTeamOverflow(tenant, billing, null));
        assertThat(overflow(tenant, billing)).isNull();
    }

    @Test
    void teamsAndTenantsAreSeparate() {
        run(port -> port.saveTeamOverflow(tenant, billing, 90));
        TenantId other = TenantId.of("t-" + UUID.randomUUID());
        assertThat(overflow(tenant, TeamId.of("sales"))).isNull();
        assertThat(overflow(other, billing)).isNull();
        assertThat(rules(tenant))
                .as("a team's overflow is not the tenant's rule")
                .isEqualTo(QueueRules.DEFAULT);
    }
}
