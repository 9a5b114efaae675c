package dev.handoff.agent.domain.model;

import java.util.Objects;

/**
 * A translator's answer.
 *
 * @param detectedSource the language the translator recognised when asked to detect it; null otherwise
 */
public record TranslatedText(String text, LanguageTag detectedSource) {
    public TranslatedText {
        Objects.requireNonNull(text, "text");
    }
}
