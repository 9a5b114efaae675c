package dev.handoff.infra;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Reads the bodies of received mail, for ./handoff mail and for tests. */
public final class MimeParts {
    private MimeParts() {}

    /**
     * The first part of {@code type} (say {@code text/plain}), decoded, searching nested multiparts.
     *
     * @return its text, or null when the mail has no such part
     */
    public static String firstOfType(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            Object content = part.getContent();
            return content instanceof String text
                    ? text
                    : new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = firstOfType(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
