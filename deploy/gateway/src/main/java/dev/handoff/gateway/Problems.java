package dev.handoff.gateway;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import java.util.Locale;

/** RFC 9457 problem details: the only bodies the gateway writes itself. */
final class Problems {

    /** The media type of a problem body. */
    static final String CONTENT_TYPE = "application/problem+json";

    private Problems() {}

    /** A problem body whose type names the status's kind, as the services' problems do (bad-gateway, not-found, ...). */
    static Buffer body(int status, String detail, String instance) {
        return body(
                status,
                HttpResponseStatus.valueOf(status)
                        .reasonPhrase()
                        .toLowerCase(Locale.ROOT)
                        .replace(' ', '-'),
                detail,
                instance);
    }

    /** A problem body of the platform's contract (docs/api-errors.md): {@code type} is {@code urn:handoff:problem:<kind>}. */
    static Buffer body(int status, String kind, String detail, String instance) {
        JsonObject problem = new JsonObject()
                .put("type", "urn:handoff:problem:" + kind)
                .put("title", HttpResponseStatus.valueOf(status).reasonPhrase())
                .put("status", status)
                .put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return problem.toBuffer();
    }

    /** As {@link #send}, with {@code Retry-After}: the failure is temporary and the client may try again then. */
    static void sendRetryable(
            HttpServerResponse response,
            int status,
            String kind,
            String detail,
            String instance,
            int retryAfterSeconds) {
        if (response.headWritten() || response.ended() || response.closed()) {
            return;
        }
        response.putHeader("retry-after", Integer.toString(retryAfterSeconds));
        send(response, status, kind, detail, instance);
    }

    /** Ends the response with a problem, unless an error already got a response out. */
    static void send(HttpServerResponse response, int status, String detail, String instance) {
        send(
                response,
                status,
                HttpResponseStatus.valueOf(status)
                        .reasonPhrase()
                        .toLowerCase(Locale.ROOT)
                        .replace(' ', '-'),
                detail,
                instance);
    }

    /** The same with the problem's kind, e.g. {@code uri-too-long}. */
    static void send(HttpServerResponse response, int status, String kind, String detail, String instance) {
        if (response.headWritten() || response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader("content-type", CONTENT_TYPE)
                .putHeader("cache-control", "no-store")
                .putHeader("x-content-type-options", "nosniff")
                .putHeader("content-security-policy", "default-src 'none'; frame-ancestors 'none'")
                .end(body(status, kind, detail, instance == null || instance.length() > 256 ? null : instance));
    }
}
