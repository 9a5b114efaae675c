package dev.handoff.notification.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One mail of a notification to one recipient, from its decision until it was sent or given up on. It is a row of
 * its own so that a replica claims, sends and records it alone, and a retry never mails the others again.
 */
public final class Mail {
    /** Longest failure reason kept; mail server answers can be long. */
    public static final int MAX_ERROR_LENGTH = 1000;

    private final UUID id;
    private final UUID notificationId;
    private final Recipient recipient;
    private final Instant createdAt;
    private MailStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant sentAt;

    public Mail(
            UUID id,
            UUID notificationId,
            Recipient recipient,
            Instant createdAt,
            MailStatus status,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            Instant sentAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.notificationId = Objects.requireNonNull(notificationId, "notificationId");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Objects.requireNonNull(status, "status");
        this.attempts = attempts;
        this.nextAttemptAt = nextAttemptAt;
        this.lastError = lastError;
        this.sentAt = sentAt;
    }

    /** A mail to send now. */
    public static Mail pending(UUID notificationId, Recipient recipient, Instant now) {
        return new Mail(UUID.randomUUID(), notificationId, recipient, now, MailStatus.PENDING, 0, now, null, null);
    }

    /** The mail server accepted it. */
    public void sent(Instant now) {
        requireOpen();
        attempts++;
        status = MailStatus.SENT;
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
            status = MailStatus.FAILED;
            nextAttemptAt = now.plus(policy.delayAfter(attempts));
        } else {
            status = MailStatus.ABANDONED;
            nextAttemptAt = null;
        }
    }

    /** Whether it waits for a (re)try at or before {@code now}. */
    public boolean isDue(Instant now) {
        return status.isOpen() && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new IllegalStateException("mail " + id + " is already " + status);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID notificationId() {
        return notificationId;
    }

    public Recipient recipient() {
        return recipient;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
