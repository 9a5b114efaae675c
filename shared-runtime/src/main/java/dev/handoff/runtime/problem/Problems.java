package dev.handoff.runtime.problem;

/**
 * The problems of the HTTP contract itself (docs/api-errors.md), the same whichever layer answers: the request guard,
 * a JAX-RS mapper, the servlet container or a socket's handshake. Details are fixed sentences; nothing of the
 * request is echoed but its method.
 */
public final class Problems {
    private Problems() {}

    public static Problem badRequest(String detail) {
        return Problem.of(400, "bad-request", "Bad request", detail);
    }

    public static Problem unauthorized() {
        return Problem.of(401, "unauthorized", "Unauthorized", "A valid bearer token is required.");
    }

    public static Problem forbidden() {
        return Problem.of(403, "forbidden", "Forbidden", "Your token does not grant this.");
    }

    public static Problem notFound() {
        return Problem.of(404, "not-found", "Not found", "Nothing is served at this path.");
    }

    /** 405: send it with the same {@code allow} as the {@code Allow} header. */
    public static Problem methodNotAllowed(String method, String allow) {
        String name = method == null || method.length() > 16 || !method.chars().allMatch(Character::isLetter)
                ? "this method"
                : method;
        return Problem.of(
                405,
                "method-not-allowed",
                "Method not allowed",
                "This path does not take " + name + "; it takes " + allow + ".");
    }

    public static Problem notAcceptable() {
        return Problem.of(
                406,
                "not-acceptable",
                "Not acceptable",
                "This path answers only in the media types it documents; check the Accept header.");
    }

    public static Problem lengthRequired() {
        return Problem.of(
                411,
                "length-required",
                "Length required",
                "A request body needs a Content-Length header; chunked bodies are not accepted.");
    }

    public static Problem payloadTooLarge(long maxBytes) {
        return Problem.of(
                413,
                "payload-too-large",
                "Payload too large",
                "A request body may have at most " + maxBytes + " bytes.");
    }

    public static Problem uriTooLong(int maxCharacters) {
        return Problem.of(
                414,
                "uri-too-long",
                "URI too long",
                "A request target (path and query) may have at most " + maxCharacters + " characters.");
    }

    public static Problem unsupportedMediaType() {
        return Problem.of(
                415,
                "unsupported-media-type",
                "Unsupported media type",
                "The body must be JSON, sent with Content-Type: application/json (UTF-8).");
    }

    public static Problem headersTooLarge() {
        return Problem.of(
                431,
                "headers-too-large",
                "Request header fields too large",
                "The request headers are larger than the server accepts.");
    }

    public static Problem internal() {
        return Problem.of(500, "internal", "Internal error", "The request failed on our side; it has been logged.");
    }

    /** The contract's problem for a bare status some layer chose, without anything of the cause. */
    public static Problem forStatus(int status) {
        return switch (status) {
            case 400 -> badRequest("The request is malformed.");
            case 401 -> unauthorized();
            case 403 -> forbidden();
            case 404 -> notFound();
            case 406 -> notAcceptable();
            case 411 -> lengthRequired();
            case 413 -> Problem.of(413, "payload-too-large", "Payload too large", "The request body is too large.");
            case 414 -> Problem.of(414, "uri-too-long", "URI too long", "The request target is too long.");
            case 415 -> unsupportedMediaType();
            case 431 -> headersTooLarge();
            default ->
                status >= 500
                        ? internal().withStatus(status)
                        : Problem.of(status, "client-error", "Client error", "The request cannot be served as sent.");
        };
    }
}
