package dev.handoff.notification.adapter.in.rest;

import dev.handoff.notification.application.port.in.ReadNotificationLogUseCase.LoggedNotification;
import dev.handoff.notification.domain.model.Mail;
import dev.handoff.notification.domain.model.Notification;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One notification of the log with its mails.
 *
 * @param batch the batch number of visitor-message mails, else 0
 * @param note why it was cancelled or reached nobody
 * @param messages how many visitor messages a batch collected (0 for other kinds)
 */
public record NotificationLogBody(
        String id,
        String conversationId,
        String kind,
        int batch,
        String status,
        Instant dueAt,
        @Schema(nullable = true) Instant decidedAt,
        @Schema(nullable = true) String note,
        int messages,
        List<MailBody> mails) {

    /** One mail: to whom, in which language, and how sending went. */
    public record MailBody(
            String email,
            String language,
            String status,
            int attempts,
            @Schema(nullable = true) String lastError,
            @Schema(nullable = true) Instant nextAttemptAt,
            @Schema(nullable = true) Instant sentAt) {
        static MailBody of(Mail m) {
            return new MailBody(
                    m.recipient().email(),
                    m.recipient().language(),
                    m.status().name(),
                    m.attempts(),
                    m.lastError(),
                    m.nextAttemptAt(),
                    m.sentAt());
        }
    }

    static NotificationLogBody of(LoggedNotification logged) {
        Notification n = logged.notification();
        return new NotificationLogBody(
                n.id().toString(),
                n.conversationId().value(),
                n.kind().name(),
                n.seq(),
                n.status().name(),
                n.dueAt(),
                n.decidedAt(),
                n.note(),
                logged.messages(),
                logged.mails().stream().map(MailBody::of).toList());
    }
}
