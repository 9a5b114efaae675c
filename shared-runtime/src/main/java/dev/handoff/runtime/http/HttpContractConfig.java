package dev.handoff.runtime.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The HTTP side of the error contract (docs/api-errors.md): limits, routes beside the REST API, public address. */
@ConfigMapping(prefix = "handoff.http")
public interface HttpContractConfig {
    /**
     * Where clients reach the platform (the gateway's origin): {@code Location} headers are built from it, never
     * from the request's {@code Host}.
     */
    @WithDefault("http://localhost:8080")
    URI publicUrl();

    /** Longest request target (path and query) answered normally; longer ones get 414. */
    @WithDefault("8192")
    int maxUriLength();

    /** Largest request body; larger ones get 413 before anything reads them. */
    @WithDefault("${quarkus.http.limits.max-body-size:10M}")
    MemorySize maxBodySize();

    /** Path prefixes whose request bodies must be {@code application/json} (else 415). */
    @WithDefault("/api/,/demo/api/")
    List<String> jsonPaths();

    /**
     * Routes beside the REST API (whose paths and methods come from the OpenAPI document): path to methods. A path
     * ending in {@code *} is a prefix; others match exactly (a trailing slash aside).
     */
    Map<String, List<String>> routes();

    /** Path prefixes of pages served from {@code META-INF/resources} (GET and HEAD; a missing file is a 404). */
    Optional<List<String>> pages();

    /**
     * Origins pages may connect to besides their own (CSP {@code connect-src}); when absent, the origin of
     * {@code quarkus.oidc.auth-server-url}, where the console signs in.
     */
    Optional<List<String>> pageConnectSources();

    /** {@code Strict-Transport-Security} max-age, sent on answers served over TLS (directly or per X-Forwarded-Proto). */
    @WithDefault("365d")
    Duration hstsMaxAge();
}
