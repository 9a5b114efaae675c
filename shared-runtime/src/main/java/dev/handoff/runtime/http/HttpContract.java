package dev.handoff.runtime.http;

import dev.handoff.runtime.problem.Problem;
import dev.handoff.runtime.problem.Problems;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Installs the HTTP side of the error contract on the service's router: the {@link RequestGuard} ahead of every
 * route, a failure handler that answers what a route failed with as a problem (ahead of Quarkus's HTML/JSON error
 * page, which shows exception messages), and problems for the statuses the router answers on its own (a path that
 * cannot be decoded, for instance).
 */
@Singleton
public class HttpContract {
    /** Ahead of the Socket.IO upgrade route (-1000) and Quarkus's body size check (-2), after its own first handlers. */
    static final int GUARD_ORDER = -10_000;
    /** After every route's own failure handlers, before Quarkus's error page (registered last). */
    static final int FAILURE_ORDER = Integer.MAX_VALUE - 1_000;

    private static final int[] ROUTER_STATUSES = {400, 401, 403, 404, 405, 406, 411, 413, 414, 415, 431, 500, 501, 503};
    private static final Logger LOG = Logger.getLogger(HttpContract.class);

    void install(@Observes Router router, HttpContractConfig config) {
        SecurityHeaders headers = securityHeaders(config);
        RequestGuard guard = new RequestGuard(
                catalogue(config),
                headers,
                config.maxUriLength(),
                config.maxBodySize().asLongValue(),
                config.jsonPaths());
        router.route().order(GUARD_ORDER).handler(guard::handle);
        router.route().order(FAILURE_ORDER).failureHandler(context -> failed(context, headers));
        for (int status : ROUTER_STATUSES) {
            // the router answers these itself when a request fails before any route (a path it cannot decode)
            router.errorHandler(status, context -> {
                headers.addTo(context.request(), false);
                ProblemResponses.send(context.request(), Problems.forStatus(status));
            });
        }
    }

    private static void failed(RoutingContext context, SecurityHeaders headers) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        headers.addTo(context.request(), false);
        Problem problem = problemFor(context.failure(), context.statusCode());
        if (problem.status() >= 500) {
            LOG.errorf(
                    context.failure(),
                    "%s %s failed",
                    context.request().method(),
                    context.request().path());
        }
        if (problem.status() == 401) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
        }
        ProblemResponses.send(context.request(), problem);
    }

    static Problem problemFor(Throwable failure, int statusCode) {
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            return Problems.unauthorized();
        }
        if (failure instanceof ForbiddenException) {
            return Problems.forbidden();
        }
        if (failure instanceof HttpException http) {
            return Problems.forStatus(http.getStatusCode());
        }
        return Problems.forStatus(statusCode > 0 ? statusCode : 500);
    }

    private static RouteCatalogue catalogue(HttpContractConfig config) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Optional<InputStream> openApi =
                Optional.ofNullable(loader.getResourceAsStream(RouteCatalogue.OPENAPI_RESOURCE));
        if (openApi.isEmpty()) {
            LOG.warnf("%s not found: only the configured routes are known", RouteCatalogue.OPENAPI_RESOURCE);
        }
        return RouteCatalogue.of(
                openApi,
                config.routes(),
                config.pages().orElse(List.of()),
                file -> loader.getResource("META-INF/resources" + file) != null);
    }

    private static SecurityHeaders securityHeaders(HttpContractConfig config) {
        List<String> sources = config.pageConnectSources()
                .orElseGet(() -> ConfigProvider.getConfig()
                        .getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                        .map(url -> List.of(SecurityHeaders.origin(url)))
                        .orElse(List.of()));
        return new SecurityHeaders(sources, config.hstsMaxAge());
    }
}
