package dev.handoff.notification.adapter.in.scheduler;

import dev.handoff.notification.application.port.in.RetryNotificationsUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Periodically retries notifications whose mail failed; every replica runs it, the rows lock them apart. */
@ApplicationScoped
public class RetryJob {
    private static final Logger LOG = Logger.getLogger(RetryJob.class);
    private final RetryNotificationsUseCase retry;
    private final int maxPerRun;

    public RetryJob(RetryNotificationsUseCase retry,
            @ConfigProperty(name = "handoff.notification.retry.max-per-run", defaultValue = "100") int maxPerRun) {
        this.retry = retry;
        this.maxPerRun = maxPerRun;
    }

    @Scheduled(every = "${handoff.notification.retry.interval:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryDue() {
        // Each attempt finishes a notification or moves its next attempt into the future, so this ends; the cap
        // keeps one run short when a long outage left many waiting (the next run continues).
        for (int i = 0; i < maxPerRun && retry.retryNextDue(); i++) {
            LOG.debugf("retried notification %d of this run", i + 1);
        }
    }
}
