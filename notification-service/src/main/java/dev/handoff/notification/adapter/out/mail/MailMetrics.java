package dev.handoff.notification.adapter.out.mail;

import dev.handoff.notification.domain.model.NotificationKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code handoff_notification_mails_total{kind, outcome}} and {@code handoff_notification_send_delay_seconds{kind}}:
 * the time from the moment a notification became due (the request, the threshold, the end of a batch window) to
 * the mail server's acceptance. All series exist from the start, at zero.
 */
// At start-up, so every series is scraped from the first moment, not after the first mail or run.
@Startup
@ApplicationScoped
public class MailMetrics {
    private final Map<NotificationKind, Counter> sent = new EnumMap<>(NotificationKind.class);
    private final Map<NotificationKind, Counter> failed = new EnumMap<>(NotificationKind.class);
    private final Map<NotificationKind, Timer> delay = new EnumMap<>(NotificationKind.class);

    public MailMetrics(MeterRegistry registry) {
        for (NotificationKind kind : NotificationKind.values()) {
            String tag = tag(kind);
            sent.put(kind, registry.counter("handoff.notification.mails", "kind", tag, "outcome", "sent"));
            failed.put(kind, registry.counter("handoff.notification.mails", "kind", tag, "outcome", "failed"));
            delay.put(
                    kind,
                    Timer.builder("handoff.notification.send.delay")
                            .description(
                                    "From a notification becoming due to its mail being accepted by the mail server")
                            .tag("kind", tag)
                            .publishPercentileHistogram()
                            .minimumExpectedValue(Duration.ofMillis(10))
                            .maximumExpectedValue(Duration.ofHours(2))
                            .register(registry));
        }
    }

    /** The label value of a kind, e.g. {@code new_request}. */
    public static String tag(NotificationKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    void sent(NotificationKind kind, Duration sinceTrigger) {
        sent.get(kind).increment();
        delay.get(kind).record(sinceTrigger.isNegative() ? Duration.ZERO : sinceTrigger);
    }

    void failed(NotificationKind kind) {
        failed.get(kind).increment();
    }
}
