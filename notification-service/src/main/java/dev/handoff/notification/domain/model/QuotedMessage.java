package dev.handoff.notification.domain.model;

import java.time.Instant;
import java.util.Objects;

/** A visitor's message quoted in a "visitor wrote" mail, shortened; verbatim otherwise (the templates escape it). */
public record QuotedMessage(String messageId, String text, Instant sentAt) {
    /** Longest message quoted: a mail is a nudge, not the transcript. */
    public static final int MAX_LENGTH = 500;

    public QuotedMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sentAt, "sentAt");
        text = Text.shorten(Objects.requireNonNull(text, "text"), MAX_LENGTH);
    }
}
