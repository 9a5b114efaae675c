package dev.handoff.notification.domain.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Timing rules of the service itself (the tenants' thresholds are in {@link NotificationSettings}).
 *
 * @param queueGrace how long "new request" waits for routing's queue place (and wait estimate) before it goes anyway
 * @param maxQuotedMessages how many visitor messages one mail quotes; more are only counted
 * @param retention how long settled notifications and quiet conversations are kept
 * @param inboxRetention how long the ids of consumed events are kept to drop redeliveries
 */
public record NotificationTiming(
        Duration queueGrace, int maxQuotedMessages, Duration retention, Duration inboxRetention) {
    public NotificationTiming {
        Objects.requireNonNull(queueGrace, "queueGrace");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(inboxRetention, "inboxRetention");
        if (queueGrace.isNegative()
                || maxQuotedMessages < 1
                || retention.compareTo(Duration.ofDays(1)) < 0
                || inboxRetention.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("queueGrace must not be negative, maxQuotedMessages at least 1, "
                    + "retention and inboxRetention at least a day");
        }
    }
}
