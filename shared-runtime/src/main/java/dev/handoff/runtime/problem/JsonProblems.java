package dev.handoff.runtime.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.handoff.runtime.input.InputRules;
import dev.handoff.runtime.json.TooManyElementsException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a JSON body in the client's terms: where (a member path such as {@code botHistory[2].at})
 * and what was expected (a string, a whole number, ...). Jackson's own messages name our classes and its
 * limits, so none of their text is passed on.
 */
final class JsonProblems {
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'", Pattern.DOTALL);
    private static final int MAX_SEGMENT = 64;
    private static final int MAX_PATH = 200;

    private JsonProblems() {}

    /** The problem for a body Jackson could not read. */
    static Problem of(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return problem("The body is nested too deeply, or holds a name, string or number longer than allowed.");
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return problem(
                    "The body has the member \"" + segment(duplicate.group(1)) + "\" more than once" + within(e) + ".");
        }
        if (e instanceof JsonEOFException || message.startsWith("No content to map")) {
            return problem("The body ends before its JSON value is complete.");
        }
        if (e instanceof TooManyElementsException tooMany) {
            String path = path(tooMany).isEmpty() ? "body" : path(tooMany);
            String rule = "holds more than " + tooMany.limit() + " elements";
            return problem("The member " + path + " " + rule + ".")
                    .withErrors(List.of(new Problem.FieldError(path, rule)));
        }
        if (e instanceof MismatchedInputException mismatch) {
            String path = path(mismatch);
            String expected = expected(mismatch.getTargetType());
            return problem(
                            path.isEmpty()
                                    ? "The body must be " + expected + "."
                                    : "The member " + path + " must be " + expected + ".")
                    .withErrors(List.of(new Problem.FieldError(path.isEmpty() ? "body" : path, "must be " + expected)));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = path(mapping);
            return problem("The member " + path + " does not fit this request.")
                    .withErrors(List.of(new Problem.FieldError(path, "has the wrong shape")));
        }
        return problem("The body is not valid JSON" + where(e.getLocation()) + ".");
    }

    private static Problem problem(String detail) {
        return Problem.of(400, "malformed-json", "Malformed JSON", detail);
    }

    /** What a value of {@code type} looks like in JSON. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        } else if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        } else if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        } else if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class
                || type == java.math.BigInteger.class) {
            return "a whole number";
        } else if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        } else if (type == Instant.class) {
            return "an ISO-8601 instant such as 2025-03-10T09:30:00Z, from 1970-01-01 to 9999-12-31";
        } else if (type == LocalDate.class) {
            return "a date yyyy-MM-dd";
        } else if (type.isEnum()) {
            return "one of "
                    + String.join(
                            ", ",
                            java.util.Arrays.stream(type.getEnumConstants())
                                    .map(Object::toString)
                                    .toList());
        } else if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        } else if (type.getName().startsWith("dev.handoff.shared.id.")) {
            return "an id: " + InputRules.idRule();
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")
                ? "an object"
                : "a value of another type";
    }

    /** {@code visitor.attributes.plan} or {@code botHistory[2].at}: member names cut short and stripped of oddities. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(segment(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
            if (path.length() > MAX_PATH) {
                return path.substring(0, MAX_PATH) + "...";
            }
        }
        return path.toString();
    }

    private static String within(JsonProcessingException e) {
        return e instanceof JsonMappingException m && !m.getPath().isEmpty() ? " in " + path(m) : "";
    }

    /** A member name as it may be echoed: printable ASCII letters, digits and {@code _-$@:}, at most 64 of them. */
    static String segment(String name) {
        StringBuilder safe = new StringBuilder();
        name.codePoints()
                .limit(MAX_SEGMENT)
                .forEach(c -> safe.append(
                        (c >= 'a' && c <= 'z')
                                        || (c >= 'A' && c <= 'Z')
                                        || (c >= '0' && c <= '9')
                                        || "_-$@:".indexOf(c) >= 0
                                ? (char) c
                                : '?'));
        return name.codePointCount(0, name.length()) > MAX_SEGMENT ? safe + "..." : safe.toString();
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
