package dev.handoff.shared.id;

import java.util.regex.Pattern;

/** Rules every identifier of the platform obeys, so ids are safe in URLs, Kafka keys and logs. */
public final class Identifier {
    /** Longest identifier accepted anywhere. */
    public static final int MAX_LENGTH = 128;
    /** The characters of an identifier, as a regular expression (for bean validation and OpenAPI). */
    public static final String REGEX = "[A-Za-z0-9][A-Za-z0-9._:@-]*";

    private static final Pattern ALLOWED = Pattern.compile(REGEX);

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
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException(kind + " may contain only letters, digits and . _ : @ -");
        }
        return value;
    }

    /** True if {@code value} would be accepted by {@link #require}. */
    public static boolean isValid(String value) {
        return value != null
                && !value.isEmpty()
                && value.length() <= MAX_LENGTH
                && ALLOWED.matcher(value).matches();
    }
}
