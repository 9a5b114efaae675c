package dev.handoff.notification.domain.model;

import java.util.List;
import java.util.Locale;

/** The languages mails are written in; anything else is written in the default, English. */
public final class MailLanguage {
    public static final String DEFAULT = "en";
    /** Languages with a translation of every mail (the message bundle's localized files). */
    public static final List<String> SUPPORTED = List.of("en", "de");

    private MailLanguage() {}

    /** The supported language of a BCP 47 tag by its primary subtag ({@code de-CH} is German); else English. */
    public static String of(String tag) {
        return supported(tag) ? primary(tag) : DEFAULT;
    }

    /** The first of the tags that names a supported language, else English: "where we have it". */
    public static String firstOf(String... tags) {
        for (String tag : tags) {
            if (supported(tag)) {
                return primary(tag);
            }
        }
        return DEFAULT;
    }

    /** Whether mails can be written in the language of {@code tag}. */
    public static boolean supported(String tag) {
        return tag != null && SUPPORTED.contains(primary(tag));
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).strip().toLowerCase(Locale.ROOT);
    }
}
