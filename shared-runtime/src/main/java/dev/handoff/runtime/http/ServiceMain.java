package dev.handoff.runtime.http;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Every service's entry point. Quarkus answers a request target that {@link java.net.URI} cannot parse (a bad
 * percent escape such as {@code %zz}, a raw space) with a bare 400 before any route runs; with its check switched
 * off, {@link RequestGuard} refuses those targets itself, at least as strictly, with a problem body
 * (docs/decisions/0010-one-error-contract-before-every-handler.md).
 */
@QuarkusMain
public final class ServiceMain {
    /** The JVM property Quarkus reads once, when its HTTP recorder is first loaded. */
    static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";

    private ServiceMain() {}

    public static void main(String... args) {
        System.setProperty(URI_VALIDATION_OFF, "true");
        Quarkus.run(args);
    }
}
