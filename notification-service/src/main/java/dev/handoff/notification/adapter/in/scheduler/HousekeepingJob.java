package dev.handoff.notification.adapter.in.scheduler;

import dev.handoff.notification.application.port.in.PruneNotificationsUseCase;
import dev.handoff.notification.application.port.in.ReadNotificationLogUseCase;
import dev.handoff.notification.application.port.in.ReadNotificationLogUseCase.PendingCounts;
import dev.handoff.notification.domain.model.NotificationKind;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the gauges {@code handoff_notification_timers_pending{kind}} (scheduled notifications) and
 * {@code handoff_notification_mails_pending} (mails waiting to be sent or retried) fresh from the database, so a
 * scrape never queries it, and prunes old rows.
 */
// At start-up, so every series is scraped from the first moment, not after the first mail or run.
@Startup
@ApplicationScoped
public class HousekeepingJob {
    private final ReadNotificationLogUseCase log;
    private final PruneNotificationsUseCase prune;
    private final Map<NotificationKind, AtomicLong> timers = new EnumMap<>(NotificationKind.class);
    private final AtomicLong mails = new AtomicLong();

    public HousekeepingJob(ReadNotificationLogUseCase log, PruneNotificationsUseCase prune, MeterRegistry registry) {
        this.log = log;
        this.prune = prune;
        for (NotificationKind kind : NotificationKind.values()) {
            AtomicLong value = new AtomicLong();
            timers.put(kind, value);
            Gauge.builder("handoff.notification.timers.pending", value, AtomicLong::get)
                    .description("Notifications scheduled and not yet due or decided")
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
        Gauge.builder("handoff.notification.mails.pending", mails, AtomicLong::get)
                .description("Mails waiting to be sent or retried")
                .register(registry);
    }

    @Scheduled(
            identity = "notification-gauges",
            every = "${handoff.notification.gauge-interval:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refreshGauges() {
        PendingCounts counts = log.pending();
        counts.timers().forEach((kind, count) -> timers.get(kind).set(count));
        mails.set(counts.mails());
    }

    @Scheduled(
            identity = "notification-prune",
            every = "${handoff.notification.prune-interval:1h}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void prune() {
        prune.prune();
    }
}
