package dev.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.testinfra.RawHttp;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The error contract of docs/api-errors.md as checks on one answer: never a 5xx; every 4xx a small
 * {@code application/problem+json} body with a stable {@code type}, a short {@code title}, the same {@code status}
 * and a {@code detail} that names no class, library, SQL or stack frame; {@code nosniff} and a
 * Content-Security-Policy on every answer; {@code Allow} on a 405.
 */
final class ApiContract {
    static final int MAX_PROBLEM_BYTES = 4096;
    /** What a detail must never show: package names, exception names, libraries, SQL, stack frames. */
    static final Pattern INTERNALS = Pattern.compile(
            "(java|javax|jakarta|dev\\.handoff|com\\.fasterxml|io\\.quarkus"
                    + "|io\\.vertx|io\\.netty|io\\.socket|org\\.(hibernate|postgresql|jboss|apache|json))\\.[A-Za-z]"
                    + "|[A-Z][A-Za-z]*(Exception|Error)\\b|\\bat [a-z]+\\.[a-z]+\\.|\\.java:\\d+|Jackson|Hibernate|RESTEasy"
                    + "|Undertow|Vert\\.x|Netty|PSQL|SQLState|\\bSQL\\b|\\bselect\\b.*\\bfrom\\b|StreamReadConstraints"
                    + "|\\$[A-Z]|<html|<!doctype",
            Pattern.CASE_INSENSITIVE);

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiContract() {}

    /** Every way {@code response} breaks the contract or the case's expectation; empty when it keeps both. */
    static List<String> violations(HostileCase c, RawHttp.Response response) {
        List<String> broken = new ArrayList<>();
        int status = response.status();
        if (status >= 500) {
            broken.add("5xx: " + status);
        }
        if (!"nosniff".equalsIgnoreCase(response.header("x-content-type-options"))) {
            broken.add("no X-Content-Type-Options: nosniff");
        }
        if (response.header("content-security-policy") == null) {
            broken.add("no Content-Security-Policy");
        }
        if (c.accepted() && (status < 200 || status > 299)) {
            broken.add("a valid request was refused with " + status + ": " + snippet(response));
        }
        if (!c.accepted() && status < 400) {
            broken.add("accepted (" + status + ") though invalid");
        }
        if (!c.accepted() && !c.expected().isEmpty() && !c.expected().contains(status)) {
            broken.add("status " + status + ", expected " + c.expected());
        }
        if (status >= 400 && c.method().equals("HEAD")) {
            // a HEAD answer has the problem's headers but no body
            String type = response.header("content-type");
            if (type == null || !type.startsWith("application/problem+json")) {
                broken.add("HEAD answered as " + type);
            }
        } else if (status >= 400) {
            problem(response, broken);
        }
        if (status == 405
                && (response.header("allow") == null || response.header("allow").isBlank())) {
            broken.add("405 without Allow");
        }
        broken.addAll(c.check().apply(response));
        return broken;
    }

    /** The checks of one problem body. */
    static void problem(RawHttp.Response response, List<String> broken) {
        String type = response.header("content-type");
        if (type == null || !type.startsWith("application/problem+json")) {
            broken.add("not problem+json but " + type + ": " + snippet(response));
            return;
        }
        if (response.body().length > MAX_PROBLEM_BYTES) {
            broken.add("problem of " + response.body().length + " bytes");
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(response.body());
        } catch (IOException e) {
            broken.add("problem body is not JSON: " + snippet(response));
            return;
        }
        if (problem == null || !problem.path("type").asText().startsWith("urn:handoff:problem:")) {
            broken.add("problem type " + (problem == null ? null : problem.path("type")));
            return;
        }
        String title = problem.path("title").asText();
        if (title.isBlank() || title.length() > 80) {
            broken.add("problem title '" + title + "'");
        }
        if (problem.path("status").asInt() != response.status()) {
            broken.add("problem status " + problem.path("status") + " on a " + response.status());
        }
        if (!problem.path("detail").isTextual()) {
            broken.add("problem without detail");
        }
        if (INTERNALS.matcher(response.text()).find()) {
            broken.add("internal detail: " + snippet(response));
        }
    }

    static String snippet(RawHttp.Response response) {
        String text = response.text().replaceAll("\\s+", " ");
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
