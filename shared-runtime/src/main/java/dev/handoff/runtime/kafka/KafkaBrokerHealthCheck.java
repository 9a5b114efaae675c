package dev.handoff.runtime.kafka;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Shows a broker outage on {@code /q/health} and {@code /q/health/well} but not on readiness: every replica loses the
 * broker at once, and taking them all out of rotation would also cut the sockets and the API that still work
 * (decision 0016).
 */
@Wellness
@ApplicationScoped
public class KafkaBrokerHealthCheck implements HealthCheck {
    private final KafkaBrokerStatus status;

    public KafkaBrokerHealthCheck(KafkaBrokerStatus status) {
        this.status = status;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Kafka broker")
                .status(status.reachable())
                .withData("detail", status.reachable() ? "reachable" : status.problem())
                .build();
    }
}
