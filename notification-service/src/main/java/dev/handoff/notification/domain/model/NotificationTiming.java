package dev.handoff.notification.domain.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Timing rules of the service itself (the tenants' thresholds are in {@link NotificationSettings}).
 *
 * @param queueGrace how long "new request" waits for routing's queue place (and wait estimate) before it goes anyway
 * @param maxQuotedMessages how many visitor messages one mail quotes; more are only counted
 * @param retention how long settled notifications and quiet conversations are kept
 */
public record NotificationTiming(Duration queueGrace, int maxQuotedMessages, Duration retention) {
    public NotificationTiming {
        Objects.requireNonNull(queueGrace, "queueGrace");
        Objects.requireNonNull(retention, "retention");
        if (queueGrace.isNegative() || maxQuotedMessages < 1 || retention.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException(
                    "queueGrace must not be negative, maxQuotedMessages at least 1, " + "retention at least a day");
        }
    }
}
