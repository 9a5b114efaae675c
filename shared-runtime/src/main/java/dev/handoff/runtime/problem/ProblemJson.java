package dev.handoff.runtime.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A problem as JSON text, for every writer of problems (JAX-RS mappers, HTTP filters, servlets). A body is never
 * larger than {@link #MAX_BYTES}: field errors, then extension members, then the end of the detail are left out
 * until it fits.
 */
public final class ProblemJson {
    /** Largest problem body. */
    public static final int MAX_BYTES = 4096;

    private static final int SHORT_DETAIL = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemJson() {}

    /** The {@code application/problem+json} body of {@code problem}. */
    public static String write(Problem problem) {
        Problem bounded = problem;
        String json = json(bounded);
        while (bytes(json) > MAX_BYTES && !bounded.errors().isEmpty()) {
            List<Problem.FieldError> errors = bounded.errors();
            bounded = bounded.withErrors(errors.subList(0, errors.size() / 2));
            json = json(bounded);
        }
        if (bytes(json) > MAX_BYTES) {
            String detail = bounded.detail() == null || bounded.detail().length() <= SHORT_DETAIL
                    ? bounded.detail()
                    : bounded.detail().substring(0, SHORT_DETAIL) + "...";
            bounded = new Problem(
                    bounded.type(),
                    bounded.title(),
                    bounded.status(),
                    detail,
                    Problem.instanceOf(bounded.instance()),
                    List.of(),
                    Map.of());
            json = json(bounded);
        }
        return json;
    }

    /** The size of {@code problem}'s body, as {@link #write} would write it. */
    static int bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String json(Problem problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            // a record of strings, numbers and lists always serialises; keep a valid body should that ever change
            return "{\"type\":\"urn:handoff:problem:internal\",\"title\":\"Internal error\",\"status\":500}";
        }
    }
}
