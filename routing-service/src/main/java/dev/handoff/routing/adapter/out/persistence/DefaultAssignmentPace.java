package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.AssignmentPacePort;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured pace, used until a tenant has assignment history to measure. */
@ApplicationScoped
public class DefaultAssignmentPace implements AssignmentPacePort {
    private final Duration defaultPace;

    public DefaultAssignmentPace(
            @ConfigProperty(name = "routing.default-time-between-assignments", defaultValue = "60s") Duration defaultPace) {
        this.defaultPace = defaultPace;
    }

    @Override
    public Duration timeBetweenAssignments(TenantId tenantId) {
        return defaultPace;
    }
}
