package dev.handoff.agent.domain.model;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A well-formed BCP 47 language tag naming a language, such as {@code es} or {@code pt-BR}, in canonical case.
 * Two tags name the same language when their language subtags match, and their scripts when both give one:
 * a region alone ({@code en-GB} and {@code en-ZA}) is no reason to translate.
 */
public final class LanguageTag {
    /** The longest tag kept; what the message and settings columns hold. */
    public static final int MAX_LENGTH = 35;

    private final Locale locale;
    private final String value;

    private LanguageTag(Locale locale) {
        this.locale = locale;
        this.value = locale.toLanguageTag();
    }

    /** The tag someone typed; IllegalArgumentException unless it is well-formed and names a language. */
    public static LanguageTag of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("a language tag is required");
        }
        String tag = raw.strip();
        if (tag.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a language tag has at most " + MAX_LENGTH + " characters");
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("\"" + tag + "\" is not a well-formed BCP 47 tag, such as en or pt-BR");
        }
        // "x-private" and "und" are well-formed but name no language a translator knows, nor do the 4 to 8
        // letter language subtags BCP 47 reserves ("english" is well-formed): only ISO 639 codes are taken.
        String language = locale.getLanguage();
        if (language.length() < 2 || language.length() > 3 || language.equals("und")) {
            throw new IllegalArgumentException(
                    "\"" + tag + "\" names no language: it must start with an ISO 639 " + "code such as en");
        }
        return new LanguageTag(locale);
    }

    /** A tag from another service, which may be anything: empty unless it is usable. */
    public static Optional<LanguageTag> lenient(String raw) {
        try {
            return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(of(raw));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The primary language subtag, lower case: {@code pt} for {@code pt-BR}. */
    public String language() {
        return locale.getLanguage();
    }

    /** The script subtag ({@code Hant}), or empty. */
    public String script() {
        return locale.getScript();
    }

    /** Whether a reader of one understands the other without a translation. */
    public boolean sameLanguageAs(LanguageTag other) {
        return language().equals(other.language())
                && (script().isEmpty() || other.script().isEmpty() || script().equals(other.script()));
    }

    /** The canonical tag, e.g. {@code pt-BR}. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LanguageTag other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
