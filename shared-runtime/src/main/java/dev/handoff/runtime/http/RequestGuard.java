package dev.handoff.runtime.http;

import dev.handoff.runtime.problem.Problems;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The first handler of every request (docs/api-errors.md): refuses what no endpoint may take, in the contract's
 * problem format, before RESTEasy, the servlet container, the socket upgrades or the static files see it. In order:
 * a request target over the limit (414); a malformed path or query: bad or NUL-like escapes, bytes that are not
 * UTF-8, dot segments, encoded slashes, matrix parameters (400); an unknown path (404); a method the path does not
 * take, TRACE included (405 with Allow); a body without Content-Length (411) or over the limit (413); a body on
 * the JSON API that is not {@code application/json} (415). It answers OPTIONS (but CORS preflights) with the same
 * {@code Allow}. Every answer gets the security headers.
 */
final class RequestGuard {
    private final RouteCatalogue catalogue;
    private final SecurityHeaders headers;
    private final int maxUriLength;
    private final long maxBodyBytes;
    private final List<String> jsonPaths;

    RequestGuard(
            RouteCatalogue catalogue,
            SecurityHeaders headers,
            int maxUriLength,
            long maxBodyBytes,
            List<String> jsonPaths) {
        this.catalogue = catalogue;
        this.headers = headers;
        this.maxUriLength = maxUriLength;
        this.maxBodyBytes = maxBodyBytes;
        this.jsonPaths = List.copyOf(jsonPaths);
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        headers.addTo(request, catalogue.isPagePath(request.path()));
        Optional<Runnable> refusal = refusal(request);
        if (refusal.isPresent()) {
            refusal.get().run();
        } else {
            context.next();
        }
    }

    private Optional<Runnable> refusal(HttpServerRequest request) {
        String uri = request.uri();
        if (uri != null && uri.length() > maxUriLength) {
            return refuse(request, () -> ProblemResponses.send(request, Problems.uriTooLong(maxUriLength)));
        }
        String path = request.path();
        Optional<String> malformed = malformed(path, request.query());
        if (malformed.isPresent()) {
            return refuse(request, () -> ProblemResponses.send(request, Problems.badRequest(malformed.get())));
        }
        Optional<Set<String>> methods = catalogue.methodsAt(path);
        if (methods.isEmpty()) {
            return refuse(request, () -> ProblemResponses.send(request, Problems.notFound()));
        }
        String method = request.method().name();
        String allow = RouteCatalogue.allowHeader(methods.get());
        if (!methods.get().contains(method)) {
            return refuse(request, () -> ProblemResponses.sendNotAllowed(request, allow));
        }
        if (method.equals("OPTIONS") && !request.headers().contains("Access-Control-Request-Method")) {
            // what the path takes, from the same catalogue as the 405s (a CORS preflight goes on to its handler)
            return Optional.of(() -> request.response()
                    .setStatusCode(204)
                    .putHeader(HttpHeaders.ALLOW, allow)
                    .end());
        }
        return bodyRefusal(request, path);
    }

    private Optional<Runnable> bodyRefusal(HttpServerRequest request, String path) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        if (chunked) {
            return refuse(request, () -> ProblemResponses.send(request, Problems.lengthRequired()));
        }
        long bytes = contentLength(length);
        if (bytes > maxBodyBytes) {
            return refuse(request, () -> ProblemResponses.send(request, Problems.payloadTooLarge(maxBodyBytes)));
        }
        if (bytes > 0
                && jsonPaths.stream().anyMatch(path::startsWith)
                && !isJson(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            return refuse(request, () -> ProblemResponses.send(request, Problems.unsupportedMediaType()));
        }
        return Optional.empty();
    }

    /** A refusal: the request's body is not read, and the connection closes after the answer when one was sent. */
    private static Optional<Runnable> refuse(HttpServerRequest request, Runnable answer) {
        return Optional.of(() -> {
            if (request.headers().contains(HttpHeaders.CONTENT_LENGTH)
                    || request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
                // the unread body would otherwise be taken for the next request on this connection
                request.response().putHeader(HttpHeaders.CONNECTION, "close");
            }
            answer.run();
        });
    }

    /** Why the path or query cannot be a request of ours, or empty. */
    static Optional<String> malformed(String path, String query) {
        if (path == null || !path.startsWith("/")) {
            return Optional.of("The request target must be an absolute path.");
        }
        if (path.indexOf(';') >= 0) {
            return Optional.of("Matrix parameters (';' in the path) are not accepted.");
        }
        Optional<String> pathProblem = escapes(path, true);
        if (pathProblem.isPresent()) {
            return pathProblem;
        }
        for (String segment : path.split("/", -1)) {
            String lower = segment.toLowerCase(Locale.ROOT);
            if (lower.equals(".")
                    || lower.equals("..")
                    || lower.equals("%2e")
                    || lower.equals("%2e%2e")
                    || lower.equals(".%2e")
                    || lower.equals("%2e.")) {
                return Optional.of("Paths with '.' or '..' segments are not accepted.");
            }
        }
        return query == null ? Optional.empty() : escapes(query, false);
    }

    /** Percent escapes must be complete, decode to UTF-8, and name no control character nor (in a path) a slash. */
    private static Optional<String> escapes(String text, boolean path) {
        byte[] decoded = new byte[text.length()];
        int size = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()
                        || Character.digit(text.charAt(i + 1), 16) < 0
                        || Character.digit(text.charAt(i + 2), 16) < 0) {
                    return Optional.of("The request target has a malformed percent escape.");
                }
                int b = Integer.parseInt(text.substring(i + 1, i + 3), 16);
                if (b < 0x20 || b == 0x7f) {
                    return Optional.of("The request target must not encode control characters.");
                }
                if (path && (b == '/' || b == '\\')) {
                    return Optional.of("Encoded slashes are not accepted in paths.");
                }
                decoded[size++] = (byte) b;
                i += 2;
            } else if (!isUriCharacter(c)) {
                return Optional.of("The request target holds a character that must be percent-encoded.");
            } else {
                decoded[size++] = (byte) c;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(decoded, 0, size));
        } catch (CharacterCodingException e) {
            return Optional.of("The request target's escapes must decode to UTF-8.");
        }
        return Optional.empty();
    }

    /** RFC 3986: unreserved, sub-delims, ':', '@', '/', '?' (and '%', checked as escapes). */
    private static boolean isUriCharacter(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
    }

    private static long contentLength(String header) {
        if (header == null) {
            return 0;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            // Vert.x refuses a malformed Content-Length before routing; count it as too large to be safe
            return Long.MAX_VALUE;
        }
    }

    /** {@code application/json}, optionally with {@code charset=utf-8} and nothing else. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
            if (!parameter.equals("charset=utf-8") && !parameter.equals("charset=\"utf-8\"")) {
                return false;
            }
        }
        return true;
    }
}
