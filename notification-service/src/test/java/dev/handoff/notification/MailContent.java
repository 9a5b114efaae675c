package dev.handoff.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/** Reads what tests check in a received mail: recipients, subject, the bodies and the notification headers. */
public record MailContent(String to, String subject, String html, String text, String kind, String conversationId,
        String messageId) {
    public static MailContent of(MimeMessage message) {
        try {
            String to = Arrays.stream(Optional.ofNullable(message.getRecipients(Message.RecipientType.TO))
                    .orElse(new jakarta.mail.Address[0])).map(Object::toString).reduce((a, b) -> a + "," + b).orElse("");
            return new MailContent(to, message.getSubject(), part(message, "text/html"), part(message, "text/plain"),
                    message.getHeader("X-Handoff-Kind", null), message.getHeader("X-Handoff-Conversation", null),
                    message.getMessageID());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    /** Whether the mail went to {@code address}. */
    public static boolean sentTo(MimeMessage message, String address) {
        return of(message).to().contains(address);
    }

    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = part(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
