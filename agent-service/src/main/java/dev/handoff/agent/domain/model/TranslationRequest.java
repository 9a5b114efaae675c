package dev.handoff.agent.domain.model;

import dev.handoff.shared.model.Translation;
import java.util.Objects;
import java.util.Optional;

/**
 * A message text to be put into its reader's language.
 *
 * @param source the language it is written in; null when unknown, so the translator detects it
 * @param target the reader's language
 */
public record TranslationRequest(String text, LanguageTag source, LanguageTag target) {
    /** The longest translation kept: a translator answering at length is cut, not trusted. */
    public static final int MAX_TRANSLATION = 4 * ChatMessage.MAX_TEXT;

    public TranslationRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(target, "target");
    }

    /** A request, unless there is nothing to translate or the text is known to be in the reader's language. */
    public static Optional<TranslationRequest> needed(String text, LanguageTag source, LanguageTag target) {
        if (text == null || text.isBlank() || target == null || (source != null && source.sameLanguageAs(target))) {
            return Optional.empty();
        }
        return Optional.of(new TranslationRequest(text, source, target));
    }

    /**
     * What the reader is shown beside the original: nothing when the translator found the text in the reader's
     * language already, or gave it back unchanged or empty.
     */
    public Optional<Translation> accept(TranslatedText answer) {
        String translated = answer.text().strip();
        if (translated.isEmpty()
                || translated.equals(text.strip())
                || (answer.detectedSource() != null && answer.detectedSource().sameLanguageAs(target))) {
            return Optional.empty();
        }
        return Optional.of(new Translation(target.value(), Texts.cut(translated, MAX_TRANSLATION)));
    }
}
