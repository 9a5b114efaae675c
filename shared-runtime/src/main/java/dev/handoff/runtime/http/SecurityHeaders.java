package dev.handoff.runtime.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The security headers of every answer (docs/api-errors.md): {@code nosniff}, no referrer, no framing, a strict
 * Content-Security-Policy (pages: own scripts and styles only, never inline script; everything else: nothing at
 * all), and HSTS when the request came over TLS.
 */
final class SecurityHeaders {
    /** For every answer that is not a page: it may load, run and frame nothing. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private final String pagePolicy;
    private final String hsts;

    SecurityHeaders(List<String> connectSources, Duration hstsMaxAge) {
        String connect = String.join(" ", connectSources);
        this.pagePolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self'" + (connect.isEmpty() ? "" : " " + connect) + "; "
                + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        this.hsts = "max-age=" + hstsMaxAge.toSeconds();
    }

    /** The page policy, for tests and the docs. */
    String pagePolicy() {
        return pagePolicy;
    }

    /**
     * Adds the headers to {@code request}'s answer before any handler runs (handlers add to the headers, none clears
     * them; a hook at the end would be replaced by RESTEasy's own). Pages get the page policy; everything else
     * (JSON, problems, Engine.IO) may load nothing at all.
     */
    void addTo(HttpServerRequest request, boolean page) {
        MultiMap headers = request.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Content-Security-Policy", page ? pagePolicy : API_POLICY);
        if ("https".equalsIgnoreCase(request.scheme())) {
            headers.set("Strict-Transport-Security", hsts);
        }
    }

    /** The origin of {@code url} ({@code http://localhost:8180}), for the pages' connect-src. */
    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
