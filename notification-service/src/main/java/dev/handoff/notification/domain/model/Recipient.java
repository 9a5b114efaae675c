package dev.handoff.notification.domain.model;

import java.util.Objects;

/**
 * One person to mail, and the language to write to them in.
 *
 * @param language a supported mail language ({@link MailLanguage})
 */
public record Recipient(String email, String language) {
    public Recipient {
        Objects.requireNonNull(email, "email");
        language = MailLanguage.of(language);
    }
}
