package dev.handoff.runtime.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

/** The contract's problem for each status (docs/api-errors.md), as the description and example of an answer. */
final class ProblemExamples {
    private record Entry(String kind, String title, String description, String detail) {}

    private static final Map<Integer, Entry> BY_STATUS = Map.ofEntries(
            Map.entry(
                    400,
                    new Entry(
                            "validation",
                            "Invalid request",
                            "Invalid request: a malformed target or JSON "
                                    + "body, or a field or parameter that breaks its rule (errors names it)",
                            "The request has invalid fields.")),
            Map.entry(
                    401,
                    new Entry(
                            "unauthorized",
                            "Unauthorized",
                            "No valid bearer token",
                            "A valid bearer token is required.")),
            Map.entry(
                    403,
                    new Entry(
                            "forbidden",
                            "Forbidden",
                            "The token does not grant this",
                            "Your token does not grant this operation.")),
            Map.entry(
                    404,
                    new Entry(
                            "not-found",
                            "Not found",
                            "What the path names does not exist (for the caller)",
                            "Nothing is found under this path.")),
            Map.entry(
                    406,
                    new Entry(
                            "not-acceptable",
                            "Not acceptable",
                            "Accept names no media type this answers in",
                            "This answers in application/json only.")),
            Map.entry(
                    411,
                    new Entry(
                            "length-required",
                            "Length required",
                            "A body without Content-Length",
                            "A body needs a Content-Length.")),
            Map.entry(
                    413,
                    new Entry(
                            "payload-too-large",
                            "Payload too large",
                            "A body over the limit",
                            "The body is over the limit.")),
            Map.entry(
                    414,
                    new Entry(
                            "uri-too-long",
                            "URI too long",
                            "A request target over 8192 characters",
                            "The request target is longer than 8192 characters.")),
            Map.entry(
                    415,
                    new Entry(
                            "unsupported-media-type",
                            "Unsupported media type",
                            "A body that is not application/json",
                            "The body must be application/json.")),
            Map.entry(
                    431,
                    new Entry(
                            "headers-too-large",
                            "Request header fields too large",
                            "Request headers over the limit",
                            "The request headers are larger than accepted.")),
            Map.entry(
                    429,
                    new Entry(
                            "rate-limited",
                            "Too many requests",
                            "Over the rate limit; see Retry-After",
                            "Too many requests; try again later.")),
            Map.entry(
                    500,
                    new Entry(
                            "internal",
                            "Internal error",
                            "A bug; it was logged",
                            "An internal error occurred; it was logged.")),
            Map.entry(
                    503,
                    new Entry(
                            "unavailable",
                            "Service unavailable",
                            "A dependency is unavailable; see " + "Retry-After",
                            "The service cannot answer now; try again shortly.")));

    private ProblemExamples() {}

    /** What an answer with {@code status} means. */
    static String description(int status) {
        Entry entry = BY_STATUS.get(status);
        return entry == null ? "A problem (status " + status + ")" : entry.description();
    }

    /** The kind of the example problem, as the example's name. */
    static String kind(int status) {
        Entry entry = BY_STATUS.get(status);
        return entry == null ? "problem" : entry.kind();
    }

    /** An example body for {@code status}. */
    static Map<String, Object> example(int status) {
        Entry entry = BY_STATUS.getOrDefault(status, new Entry("problem", "Problem", null, "See the detail."));
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "urn:handoff:problem:" + entry.kind());
        example.put("title", entry.title());
        example.put("status", status);
        example.put("detail", entry.detail());
        return example;
    }
}
