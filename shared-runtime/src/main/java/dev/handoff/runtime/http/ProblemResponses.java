package dev.handoff.runtime.http;

import dev.handoff.runtime.problem.Problem;
import dev.handoff.runtime.problem.ProblemJson;
import dev.handoff.runtime.problem.Problems;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/** Writes a problem straight onto a Vert.x response, for the answers given before (or instead of) JAX-RS. */
public final class ProblemResponses {
    private ProblemResponses() {}

    /** Ends {@code request}'s response with {@code problem}, unless something was sent already. */
    public static void send(HttpServerRequest request, Problem problem) {
        HttpServerResponse response = request.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            return;
        }
        String body = ProblemJson.write(problem.withInstance(Problem.instanceOf(request.path())));
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body);
    }

    /** The same, with an {@code Allow} header (405). */
    public static void sendNotAllowed(HttpServerRequest request, String allow) {
        request.response().putHeader(HttpHeaders.ALLOW, allow);
        send(request, Problems.methodNotAllowed(String.valueOf(request.method()), allow));
    }
}
