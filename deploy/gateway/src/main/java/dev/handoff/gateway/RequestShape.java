package dev.handoff.gateway;

import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;

/**
 * What the gateway refuses itself, before forwarding anything (docs/api-errors.md): it is the edge, so a request no
 * service could take never reaches one. Request targets that are not URIs or are too long, bodies without
 * Content-Length or over the limit (the service would refuse them while the body is still streaming, and the client
 * would see the reset connection as a 502), and the methods it never forwards. What a request means is left to the
 * services.
 */
final class RequestShape {

    /**
     * Methods never forwarded: TRACE and TRACK would echo the request's headers (Authorization among them) if anything
     * behind answered them, CONNECT would ask the gateway to open a tunnel. They get a 405 with the target's own
     * {@code Allow} (see {@link Gateway}); every other method goes to the service, which knows what the path takes.
     */
    static final Set<HttpMethod> NEVER_FORWARDED =
            Set.of(HttpMethod.TRACE, HttpMethod.valueOf("TRACK"), HttpMethod.CONNECT);
    /** Longest request target (path and query) forwarded; the services answer the same with 414. */
    static final int MAX_URI = 8192;
    /** Longest request line the HTTP codec reads; longer ones reach {@link #invalid} as a 414. */
    static final int MAX_REQUEST_LINE = 16 * 1024;

    /** A refusal: status, problem kind and detail. */
    record Refusal(int status, String kind, String detail) {}

    private final long maxBodyBytes;

    RequestShape(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Why {@code request} is not forwarded, or empty. */
    Optional<Refusal> refusal(HttpServerRequest request) {
        String uri = request.uri();
        if (uri.length() > MAX_URI) {
            return Optional.of(new Refusal(
                    414,
                    "uri-too-long",
                    "A request target (path and query) may have at most " + MAX_URI + " characters."));
        }
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            return Optional.of(new Refusal(
                    400,
                    "bad-request",
                    "The request target is not a valid URI: encode spaces, non-ASCII and reserved characters."));
        }
        if (request.headers().contains("transfer-encoding")) {
            return Optional.of(new Refusal(
                    411,
                    "length-required",
                    "A request body needs a Content-Length header; chunked bodies are not accepted."));
        }
        String length = request.getHeader("content-length");
        if (length != null && bodyBytes(length) > maxBodyBytes) {
            return Optional.of(new Refusal(
                    413, "payload-too-large", "A request body may have at most " + maxBodyBytes + " bytes."));
        }
        return Optional.empty();
    }

    /** The answer to a request the HTTP codec could not even read (too long a line or headers, or malformed). */
    static Refusal invalid(Throwable cause) {
        if (cause instanceof TooLongHttpLineException) {
            return new Refusal(414, "uri-too-long", "The request line is longer than " + MAX_REQUEST_LINE + " bytes.");
        }
        if (cause instanceof TooLongHttpHeaderException
                || (cause instanceof TooLongFrameException
                        && String.valueOf(cause.getMessage()).contains("header"))) {
            return new Refusal(431, "headers-too-large", "The request headers are larger than the gateway accepts.");
        }
        return new Refusal(400, "bad-request", "The request is not valid HTTP/1.1.");
    }

    private static long bodyBytes(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
