package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.AssignmentPacePort;
import dev.handoff.routing.domain.model.AssignmentPace;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How queues' pace is measured, from configuration; a value out of range stops the service at start. */
@ApplicationScoped
public class ConfiguredAssignmentPace implements AssignmentPacePort {
    private final AssignmentPace pace;

    public ConfiguredAssignmentPace(
            @ConfigProperty(name = "routing.default-time-between-assignments", defaultValue = "60s") Duration fallback,
            @ConfigProperty(name = "routing.wait-estimate.window", defaultValue = "30m") Duration window,
            @ConfigProperty(name = "routing.wait-estimate.sample-size", defaultValue = "20") int sampleSize,
            @ConfigProperty(name = "routing.wait-estimate.min-assignments", defaultValue = "3") int minAssignments,
            @ConfigProperty(name = "routing.wait-estimate.nobody-accepting-after", defaultValue = "5m")
                    Duration nobodyAccepting) {
        this.pace = new AssignmentPace(fallback, window, sampleSize, minAssignments, nobodyAccepting);
    }

    @Override
    public AssignmentPace pace() {
        return pace;
    }
}
