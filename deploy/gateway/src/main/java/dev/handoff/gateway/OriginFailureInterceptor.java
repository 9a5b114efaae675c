package dev.handoff.gateway;

import io.vertx.core.Future;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.function.Consumer;

/**
 * Gives the proxy's own 502 (the origin failed after the connection was made, for example it closed it
 * without answering, as a crashing service does) a problem body and {@code Retry-After}; an origin's genuine 502
 * passes through untouched.
 */
final class OriginFailureInterceptor implements ProxyInterceptor {

  private static final String FAILURE = OriginFailureInterceptor.class.getName() + ".failure";

  private final String upstream;
  private final Consumer<String> log;

  OriginFailureInterceptor(String upstream, Consumer<String> log) {
    this.upstream = upstream;
    this.log = log;
  }

  @Override
  public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
    return context.sendRequest().onFailure(failure -> context.set(FAILURE, failure));
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
      response.setBody(Body.body(Problems.body(502,
          upstream + " failed while handling the request: " + failure.getMessage(), path)));
    }
    return context.sendResponse();
  }
}
