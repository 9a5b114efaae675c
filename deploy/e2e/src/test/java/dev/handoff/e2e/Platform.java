package dev.handoff.e2e;

import dev.handoff.infra.LocalInfrastructure;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Kafka, PostgreSQL, the OIDC mock and the packaged services, started together and stopped together. */
final class Platform implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private LocalInfrastructure infra;
    private OidcWiremockTestResource oidc;

    private Platform() {
    }

    /**
     * Starts the infrastructure, then the services (all at once, as they wait for nothing but it).
     * Whatever started is stopped again when any part fails.
     *
     * @param names service modules, each run from {@code <projectRoot>/<name>/target/quarkus-app/quarkus-run.jar}
     */
    static Platform start(String... names) throws IOException {
        Path root = Path.of(System.getProperty("e2e.projectRoot", "../..")).toAbsolutePath().normalize();
        Path logDir = Path.of(System.getProperty("e2e.logDir", "target/e2e-logs")).toAbsolutePath();
        Platform platform = new Platform();
        try {
            // No SMTP: none of the services under test sends mail.
            platform.infra = LocalInfrastructure.builder().smtp(false).start();
            platform.oidc = new OidcWiremockTestResource();
            String keycloakUrl = platform.oidc.start().get("keycloak.url");
            Map<String, String> env = environment(platform.infra.quarkusConfig(), keycloakUrl);
            for (String name : names) {
                Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
                platform.services.put(name, ServiceProcess.start(name, jar, env, logDir));
            }
            platform.services.values().forEach(s -> s.awaitReady(READY_TIMEOUT));
            return platform;
        } catch (IOException | RuntimeException | Error e) {
            platform.close();
            throw e;
        }
    }

    /** The variables the local stack ({@code ./handoff up}) sets, pointed at this test's servers. */
    private static Map<String, String> environment(Map<String, String> quarkus, String keycloakUrl) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", quarkus.get("kafka.bootstrap.servers"));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", quarkus.get("quarkus.datasource.jdbc.url"));
        env.put("QUARKUS_DATASOURCE_USERNAME", quarkus.get("quarkus.datasource.username"));
        env.put("QUARKUS_DATASOURCE_PASSWORD", quarkus.get("quarkus.datasource.password"));
        // The mock's realm; TestTokens signs with its key and issuer.
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloakUrl + "/realms/quarkus/");
        env.put("QUARKUS_OIDC_CLIENT_ID", "quarkus-service-app");
        return env;
    }

    /** @return the base URI of a started service, e.g. {@code http://localhost:41234} */
    String url(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException(name + " was not started");
        }
        return service.baseUri();
    }

    /** Stops the services, then the OIDC mock and the infrastructure, each even if an earlier stop failed. */
    @Override
    public void close() {
        services.values().forEach(ServiceProcess::stopAsync);
        List<Runnable> stops = new ArrayList<>();
        services.values().forEach(s -> stops.add(s::close));
        if (oidc != null) {
            stops.add(oidc::stop);
        }
        if (infra != null) {
            stops.add(infra::close);
        }
        RuntimeException failure = null;
        for (Runnable stop : stops) {
            try {
                stop.run();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        services.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
