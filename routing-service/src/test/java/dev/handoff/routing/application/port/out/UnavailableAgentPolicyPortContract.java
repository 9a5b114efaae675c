package dev.handoff.routing.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.domain.model.OnAgentUnavailable;
import dev.handoff.shared.id.TenantId;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link UnavailableAgentPolicyPort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class UnavailableAgentPolicyPortContract {
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());

    /** Runs one unit of work with the port: in its own transaction where the port is transactional. */
    protected abstract <T> T inTransaction(Function<UnavailableAgentPolicyPort, T> work);

    private void save(TenantId in, OnAgentUnavailable rule) {
        inTransaction(port -> {
            port.saveOnAgentUnavailable(in, rule);
            return null;
        });
    }

    private OnAgentUnavailable rule(TenantId in) {
        return inTransaction(port -> port.onAgentUnavailable(in));
    }

    @Test
    void aTenantThatChoseNothingKeepsTheChatsOfAgentsWhoLeave() {
        assertThat(rule(tenant)).isEqualTo(OnAgentUnavailable.KEEP);
    }

    @Test
    void theLastSavedRuleHoldsForItsTenantOnly() {
        save(tenant, OnAgentUnavailable.REQUEUE);
        assertThat(rule(tenant)).isEqualTo(OnAgentUnavailable.REQUEUE);
        assertThat(rule(TenantId.of("t-" + UUID.randomUUID()))).isEqualTo(OnAgentUnavailable.KEEP);
        save(tenant, OnAgentUnavailable.KEEP);
        assertThat(rule(tenant)).isEqualTo(OnAgentUnavailable.KEEP);
    }
}
