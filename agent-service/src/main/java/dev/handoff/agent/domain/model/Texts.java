package dev.handoff.agent.domain.model;

/** Length rules for texts people type, counted in characters as people see them (code points), not UTF-16 units. */
public final class Texts {
    private Texts() {}

    /** {@code raw} without surrounding whitespace, if that leaves 1 to {@code max} characters. */
    public static String required(String raw, int max, String what) {
        String text = raw == null ? "" : raw.strip();
        int length = text.codePointCount(0, text.length());
        if (length < 1 || length > max) {
            throw new IllegalArgumentException(what + " must be 1 to " + max + " characters (after trimming)");
        }
        return text;
    }

    /** At most {@code max} characters of {@code text} (null stays null), never splitting a character. */
    public static String cut(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }
}
