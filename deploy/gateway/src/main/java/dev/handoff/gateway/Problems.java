package dev.handoff.gateway;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/** RFC 9457 problem details: the only bodies the gateway writes itself. */
final class Problems {

  /** The media type of a problem body. */
  static final String CONTENT_TYPE = "application/problem+json";

  private Problems() {
  }

  /** A problem body; {@code about:blank} because the HTTP status says all a client can act on. */
  static Buffer body(int status, String detail, String instance) {
    JsonObject problem = new JsonObject()
        .put("type", "about:blank")
        .put("title", HttpResponseStatus.valueOf(status).reasonPhrase())
        .put("status", status)
        .put("detail", detail);
    if (instance != null) {
      problem.put("instance", instance);
    }
    return problem.toBuffer();
  }

  /** As {@link #send}, with {@code Retry-After}: the failure is temporary and the client may try again then. */
  static void sendRetryable(HttpServerResponse response, int status, String detail, String instance, int retryAfterSeconds) {
    if (response.headWritten() || response.ended() || response.closed()) {
      return;
    }
    response.putHeader("retry-after", Integer.toString(retryAfterSeconds));
    send(response, status, detail, instance);
  }

  /** Ends the response with a problem, unless an error already got a response out. */
  static void send(HttpServerResponse response, int status, String detail, String instance) {
    if (response.headWritten() || response.ended() || response.closed()) {
      return;
    }
    response.setStatusCode(status)
        .putHeader("content-type", CONTENT_TYPE)
        .putHeader("cache-control", "no-store")
        .end(body(status, detail, instance));
  }
}
