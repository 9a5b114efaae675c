package dev.handoff.agent.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.agent.domain.model.AgentSettings;
import dev.handoff.agent.domain.model.LanguageTag;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link AgentSettingsPort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class AgentSettingsPortContract extends PortContract<AgentSettingsPort> {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    private final AgentId ana = AgentId.of("a-" + UUID.randomUUID());

    private void save(AgentSettings settings) {
        run(port -> port.save(settings));
    }

    private Optional<AgentSettings> found(TenantId in) {
        return inTransaction(port -> port.find(in, ana));
    }

    @Test
    void settingsNeverSavedAreAbsent() {
        assertThat(found(tenant)).isEmpty();
    }

    @Test
    void theLastSavedSettingsOfTheAgentInTheTenantAreRead() {
        save(new AgentSettings(tenant, ana, LanguageTag.of("pt-BR"), NINE));
        AgentSettings latest = new AgentSettings(tenant, ana, LanguageTag.of("es"), NINE.plusSeconds(60));
        save(latest);

        assertThat(found(tenant)).contains(latest);
        assertThat(found(TenantId.of("t-" + UUID.randomUUID())))
                .as("settings are per tenant")
                .isEmpty();
    }

    @Test
    void noLanguageIsSavedAsNone() {
        save(new AgentSettings(tenant, ana, LanguageTag.of("en"), NINE));
        AgentSettings cleared = new AgentSettings(tenant, ana, null, NINE.plusSeconds(60));
        save(cleared);

        assertThat(found(tenant)).contains(cleared);
    }
}
