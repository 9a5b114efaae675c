package dev.handoff.runtime.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Bean validation failures as a problem: one entry per invalid field, named as the client wrote it
 * ({@code visitor.name}, {@code emails[3]}), at most {@link #MAX_ERRORS} of them, so that a list of 100,000 bad
 * elements still gets a short answer.
 */
final class ValidationProblems {
    static final int MAX_ERRORS = 20;
    private static final int MAX_MESSAGE = 200;

    private ValidationProblems() {}

    static Problem of(Set<? extends ConstraintViolation<?>> violations) {
        List<Problem.FieldError> errors = violations.stream()
                .map(v -> new Problem.FieldError(field(v.getPropertyPath()), cut(v.getMessage())))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .distinct()
                .toList();
        String detail = errors.size() > MAX_ERRORS
                ? "The request has " + errors.size() + " invalid fields; the first " + MAX_ERRORS + " are listed."
                : "The request has invalid fields.";
        return Problem.of(400, "validation", "Invalid request", detail)
                .withErrors(errors.subList(0, Math.min(MAX_ERRORS, errors.size())));
    }

    /** {@code replace.body.emails[3].<list element>} becomes {@code emails[3]}; a parameter is named as declared. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = "body";
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (kind == ElementKind.METHOD
                    || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable()) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[')
                        .append(key == null ? "" : JsonProblems.segment(String.valueOf(key)))
                        .append(']');
            }
            if (kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN && node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        // a body parameter is named "body" in every resource; a path or query parameter keeps its name
        return field.isEmpty() ? parameter : field.toString();
    }

    private static String cut(String message) {
        return message == null || message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "...";
    }
}
