package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.AssignmentPacePort;
import dev.handoff.routing.config.RoutingConfig;
import dev.handoff.routing.domain.model.AssignmentPace;
import jakarta.enterprise.context.ApplicationScoped;

/** How queues' pace is measured, from configuration; a value out of range stops the service at start. */
@ApplicationScoped
public class ConfiguredAssignmentPace implements AssignmentPacePort {
    private final AssignmentPace pace;

    public ConfiguredAssignmentPace(RoutingConfig config) {
        RoutingConfig.WaitEstimate estimate = config.waitEstimate();
        this.pace = new AssignmentPace(
                config.defaultTimeBetweenAssignments(),
                estimate.window(),
                estimate.sampleSize(),
                estimate.minAssignments(),
                estimate.nobodyAcceptingAfter());
    }

    @Override
    public AssignmentPace pace() {
        return pace;
    }
}
