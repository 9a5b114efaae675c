package dev.handoff.gateway;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * When the origin fails after the connection was made (it closed it without answering, as a crashing service does):
 * a read ({@code GET}, {@code HEAD}: no body, no effect) is sent once more to another replica where there is one;
 * anything else, or a second failure, gets the proxy's 502 with a problem body and {@code Retry-After}, since only the
 * client can tell whether a write took effect. An origin's genuine 502 passes through untouched.
 */
final class OriginFailureInterceptor implements ProxyInterceptor {

    private static final String FAILURE = OriginFailureInterceptor.class.getName() + ".failure";

    private final String upstream;
    private final Consumer<String> log;
    private final Supplier<Future<HttpClientRequest>> anotherReplica;

    /** {@code anotherReplica} opens a request to a replica other than the first one tried, or is null when none. */
    OriginFailureInterceptor(
            String upstream, Consumer<String> log, Supplier<Future<HttpClientRequest>> anotherReplica) {
        this.upstream = upstream;
        this.log = log;
        this.anotherReplica = anotherReplica;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest()
                .recover(failure -> {
                    if (anotherReplica == null || !isBodilessRead(context.request())) {
                        return Future.failedFuture(failure);
                    }
                    log.accept("retrying " + context.request().getMethod() + " "
                            + context.request().proxiedRequest().path() + " on another replica of " + upstream
                            + " after: " + failure.getMessage());
                    // The incoming request's (empty) body was consumed by the first try: the retry ends right after its
                    // headers.
                    context.request().setBody(null);
                    return anotherReplica
                            .get()
                            .compose(retry -> context.request().send(retry));
                })
                .onFailure(failure -> context.set(FAILURE, failure));
    }

    private static boolean isBodilessRead(ProxyRequest request) {
        HttpMethod method = request.getMethod();
        MultiMap headers = request.proxiedRequest().headers();
        String length = headers.get("content-length");
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && !headers.contains("transfer-encoding")
                && (length == null || "0".equals(length.strip()));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        Throwable failure = context.get(FAILURE, Throwable.class);
        if (failure != null) {
            String path = context.request().proxiedRequest().path();
            log.accept("502 " + context.request().getMethod() + " " + path + " -> " + upstream + ": " + failure);
            ProxyResponse response = context.response();
            response.setStatusCode(502);
            response.headers().set("content-type", Problems.CONTENT_TYPE);
            // It may have been restarting; whether the request took effect is unknown, a retry decides.
            response.headers().set("retry-after", Integer.toString(Gateway.RETRY_AFTER_SECONDS));
            response.setBody(Body.body(Problems.body(
                    502, upstream + " failed while handling the request: " + failure.getMessage(), path)));
        }
        return context.sendResponse();
    }
}
