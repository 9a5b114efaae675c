package dev.handoff.notification.domain.model;

/** Shortening of visitor text for notifications. */
final class Text {
    private static final String ELLIPSIS = "\u2026";

    private Text() {}

    /**
     * {@code text} on one line (runs of whitespace, line breaks included, become one space), cut to at
     * most {@code max} characters with an ellipsis. Never splits a surrogate pair, so no broken character is mailed.
     */
    static String shorten(String text, int max) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.codePointCount(0, oneLine.length()) <= max) {
            return oneLine;
        }
        int end = oneLine.offsetByCodePoints(0, max - 1);
        return oneLine.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
