package dev.handoff.notification.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One notification of agents, from the event that caused it until it was sent or given up on.
 * It keeps its notice, so a retry hours later can send the same mail without the original event.
 */
public final class Notification {
    /** Longest failure reason kept; mail server answers can be long. */
    public static final int MAX_ERROR_LENGTH = 1000;

    private final UUID id;
    private final NotificationKind kind;
    private final HandoffNotice notice;
    private final Instant createdAt;
    private NotificationStatus status;
    private int attempts;
    private String lastError;
    private Instant nextAttemptAt;
    private Instant sentAt;

    public Notification(UUID id, NotificationKind kind, HandoffNotice notice, Instant createdAt,
            NotificationStatus status, int attempts, String lastError, Instant nextAttemptAt, Instant sentAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.notice = Objects.requireNonNull(notice, "notice");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Objects.requireNonNull(status, "status");
        this.attempts = attempts;
        this.lastError = lastError;
        this.nextAttemptAt = nextAttemptAt;
        this.sentAt = sentAt;
    }

    /** A notification of a new request, to be sent now; {@code id} is the id of the event that caused it. */
    public static Notification newRequest(UUID id, HandoffNotice notice, Instant now) {
        return new Notification(id, NotificationKind.NEW_REQUEST, notice, now, NotificationStatus.PENDING, 0, null,
                now, null);
    }

    /** The mail server accepted the mail. */
    public void sent(Instant now) {
        requireOpen();
        attempts++;
        status = NotificationStatus.SENT;
        sentAt = now;
        lastError = null;
        nextAttemptAt = null;
    }

    /** An attempt failed: schedule the next one, or give up once the policy allows no more. */
    public void failed(String error, Instant now, RetryPolicy policy) {
        requireOpen();
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
        if (policy.allowsAnotherAfter(attempts)) {
            status = NotificationStatus.FAILED;
            nextAttemptAt = now.plus(policy.delayAfter(attempts));
        } else {
            status = NotificationStatus.ABANDONED;
            nextAttemptAt = null;
        }
    }

    /** There was nobody to send it to: recorded, so a supervisor can see why no mail came. */
    public void noRecipients() {
        requireOpen();
        status = NotificationStatus.NO_RECIPIENTS;
        nextAttemptAt = null;
    }

    /** Whether it waits for a (re)try at or before {@code now}. */
    public boolean isDue(Instant now) {
        return (status == NotificationStatus.PENDING || status == NotificationStatus.FAILED)
                && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    private void requireOpen() {
        if (status != NotificationStatus.PENDING && status != NotificationStatus.FAILED) {
            throw new IllegalStateException("notification " + id + " is already " + status);
        }
    }

    public UUID id() {
        return id;
    }

    public NotificationKind kind() {
        return kind;
    }

    public HandoffNotice notice() {
        return notice;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public NotificationStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
