package dev.handoff.runtime.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem body. {@code type} is a URN naming the kind of problem, stable for clients
 * to branch on; {@code extensions} carry problem-specific members such as the current holder.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> extensions) {
    public static final String MEDIA_TYPE = "application/problem+json";
    /** What every {@code type} starts with; the rest names the kind of problem. */
    public static final String PREFIX = "urn:handoff:problem:";
    /** Longest path echoed as {@code instance}; a longer one is left out rather than cut. */
    public static final int MAX_INSTANCE = 256;

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(int status, String kind, String title, String detail) {
        return new Problem(PREFIX + kind, title, status, detail, null, List.of(), Map.of());
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, extensions);
    }

    /** The same problem answered with another status (a 502 or 503 of the same kind as a 500). */
    public Problem withStatus(int otherStatus) {
        return new Problem(type, title, otherStatus, detail, instance, errors, extensions);
    }

    /** {@code path} as {@code instance}, or null when it is longer than {@link #MAX_INSTANCE} characters. */
    public static String instanceOf(String path) {
        return path == null || path.length() > MAX_INSTANCE ? null : path;
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, extensions);
    }

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }

    /** One invalid field of a request body or parameter. */
    public record FieldError(String field, String message) {}
}
