package dev.handoff.shared.id;

/** Rules every identifier of the platform obeys, so ids are safe in URLs, Kafka keys and logs. */
public final class Identifier {
    /** Longest identifier accepted anywhere. */
    public static final int MAX_LENGTH = 128;
    /**
     * The characters of an identifier, as a regular expression (for bean validation and OpenAPI). The checks below
     * test the same rule character by character: every event a consumer reads makes several ids, and the regular
     * expression was a visible share of a consumer's CPU in the benchmark's profiles.
     */
    public static final String REGEX = "[A-Za-z0-9][A-Za-z0-9._:@-]*";

    private Identifier() {}

    /**
     * Returns {@code value} if it is a valid identifier, else throws.
     *
     * @throws IllegalArgumentException naming {@code kind}, so callers can turn it into a precise error
     */
    public static String require(String value, String kind) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(kind + " is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(kind + " is longer than " + MAX_LENGTH + " characters");
        }
        if (!allowedCharacters(value)) {
            throw new IllegalArgumentException(kind + " may contain only letters, digits and . _ : @ -");
        }
        return value;
    }

    /** True if {@code value} would be accepted by {@link #require}. */
    public static boolean isValid(String value) {
        return value != null && !value.isEmpty() && value.length() <= MAX_LENGTH && allowedCharacters(value);
    }

    private static boolean allowedCharacters(String value) {
        if (!isLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '@' && c != '-') {
                return false;
            }
        }
        return true;
    }

    // ASCII only: Character.isLetterOrDigit would let other scripts' letters through.
    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
