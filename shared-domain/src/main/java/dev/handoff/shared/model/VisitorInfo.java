package dev.handoff.shared.model;

import java.util.Map;
import java.util.Optional;

/**
 * What the bot knows about the visitor at handoff. Every field but {@code attributes} may be null.
 *
 * @param locale a BCP 47 language tag such as {@code en-ZA}
 * @param attributes free-form key/value pairs the bot passes along (order kept, never null)
 */
public record VisitorInfo(String name, String email, String locale, Map<String, String> attributes) {
    /** What agents see when a visitor gave no name. */
    public static final String ANONYMOUS = "Anonymous";

    public VisitorInfo {
        attributes = attributes == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }

    public static VisitorInfo anonymous() {
        return new VisitorInfo(null, null, null, Map.of());
    }

    /** The visitor's name, or "Anonymous" when none was given. */
    public String displayName() {
        return Optional.ofNullable(name).filter(n -> !n.isBlank()).orElse(ANONYMOUS);
    }
}
