package dev.handoff.notification;

import dev.handoff.infra.MimeParts;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/** Reads what tests check in a received mail: recipients, subject, the bodies and the notification headers. */
public record MailContent(
        String to, String subject, String html, String text, String kind, String conversationId, String messageId) {
    public static MailContent of(MimeMessage message) {
        try {
            String to = Arrays.stream(Optional.ofNullable(message.getRecipients(Message.RecipientType.TO))
                            .orElse(new Address[0]))
                    .map(Object::toString)
                    .reduce((a, b) -> a + "," + b)
                    .orElse("");
            return new MailContent(
                    to,
                    message.getSubject(),
                    MimeParts.firstOfType(message, "text/html"),
                    MimeParts.firstOfType(message, "text/plain"),
                    message.getHeader("X-Handoff-Kind", null),
                    message.getHeader("X-Handoff-Conversation", null),
                    message.getMessageID());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }
}
