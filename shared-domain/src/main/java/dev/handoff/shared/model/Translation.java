package dev.handoff.shared.model;

import java.util.Objects;

/** A message rendered in another language; the original text is always kept beside it. */
public record Translation(String language, String text) {
    public Translation {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
    }
}
