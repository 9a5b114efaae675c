package dev.handoff.analytics.adapter.in.scheduler;

import dev.handoff.analytics.application.port.in.ManageRetentionUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Erases transcripts past their tenant's retention, everywhere, on a schedule. */
@ApplicationScoped
public class RetentionScheduler {
    private static final Logger LOG = Logger.getLogger(RetentionScheduler.class);
    private final ManageRetentionUseCase retention;

    RetentionScheduler(ManageRetentionUseCase retention) {
        this.retention = retention;
    }

    @Scheduled(
            every = "${analytics.privacy.retention-every:1h}",
            delayed = "${analytics.privacy.retention-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void apply() {
        int tenants = retention.applyRetention();
        if (tenants > 0) {
            LOG.infof("retention erasure sent for %d tenant(s)", tenants);
        }
    }
}
