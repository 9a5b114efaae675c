package dev.handoff.routing.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.domain.model.AssignmentStrategy;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.StrategySettings;
import dev.handoff.routing.domain.model.TeamStrategy;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link StrategySettingsPort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class StrategySettingsPortContract {
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    private final TeamId billing = TeamId.of("billing");

    /** Runs one unit of work with the port: in its own transaction where the port is transactional. */
    protected abstract <T> T inTransaction(Function<StrategySettingsPort, T> work);

    private void run(Consumer<StrategySettingsPort> work) {
        inTransaction(port -> {
            work.accept(port);
            return null;
        });
    }

    private StrategySettings effective(QueueKey queue) {
        return inTransaction(port -> port.effective(queue));
    }

    private TeamStrategy teamStrategy(TenantId in, TeamId team) {
        return inTransaction(port -> port.teamStrategy(in, team));
    }

    private StrategySettings tenantStrategy(TenantId in) {
        return inTransaction(port -> port.tenantStrategy(in));
    }

    @Test
    void aTenantThatChoseNothingIsManualAndItsTeamsInheritEverything() {
        assertThat(tenantStrategy(tenant)).isEqualTo(StrategySettings.DEFAULT);
        assertThat(teamStrategy(tenant, billing)).isEqualTo(TeamStrategy.INHERIT_ALL);
    }

    @Test
    void aSavedTenantStrategyIsReadBackAndReplacedByTheNextSave() {
        run(port -> port.saveTenantStrategy(tenant, new StrategySettings(AssignmentStrategy.AUTO_WITH_OFFER, 45)));
        assertThat(tenantStrategy(tenant)).isEqualTo(new StrategySettings(AssignmentStrategy.AUTO_WITH_OFFER, 45));
        run(port -> port.saveTenantStrategy(tenant, new StrategySettings(AssignmentStrategy.AUTO, 30)));
        assertThat(tenantStrategy(tenant)).isEqualTo(new StrategySettings(AssignmentStrategy.AUTO, 30));
        assertThat(tenantStrategy(TenantId.of("t-" + UUID.randomUUID()))).isEqualTo(StrategySettings.DEFAULT);
    }

    /** A team's overrides are field by field: a null field inherits the tenant's value, now and later. */
    @Test
    void aTeamsOverridesApplyFieldByFieldOverTheTenantsSettings() {
        run(port -> port.saveTenantStrategy(tenant, new StrategySettings(AssignmentStrategy.AUTO, 30)));
        run(port -> port.saveTeamStrategy(tenant, billing, new TeamStrategy(null, 90)));
        assertThat(teamStrategy(tenant, billing)).isEqualTo(new TeamStrategy(null, 90));
        assertThat(effective(new QueueKey(tenant, billing)))
                .isEqualTo(new StrategySettings(AssignmentStrategy.AUTO, 90));
        assertThat(effective(new QueueKey(tenant, TeamId.of("sales"))))
                .isEqualTo(new StrategySettings(AssignmentStrategy.AUTO, 30));
        run(port -> port.saveTeamStrategy(tenant, billing, TeamStrategy.INHERIT_ALL));
        assertThat(teamStrategy(tenant, billing)).isEqualTo(TeamStrategy.INHERIT_ALL);
    }
}
