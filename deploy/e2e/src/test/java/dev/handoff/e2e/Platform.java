package dev.handoff.e2e;

import com.icegreen.greenmail.util.GreenMail;
import dev.handoff.infra.LocalInfrastructure;
import dev.handoff.infra.PostgresServer;
import dev.handoff.testinfra.ServiceProcess;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/** Kafka, PostgreSQL, the OIDC mock and the packaged services, started together and stopped together. */
final class Platform implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Runnable> starters = new LinkedHashMap<>();
    private LocalInfrastructure infra;
    private OidcWiremockTestResource oidc;

    private Platform() {}

    /**
     * Starts the infrastructure, then the services (all at once, as they wait for nothing but it).
     * Whatever started is stopped again when any part fails.
     *
     * @param names service modules, each run from {@code <projectRoot>/<name>/target/quarkus-app/quarkus-run.jar}
     */
    static Platform start(String... names) throws IOException {
        Builder builder = builder();
        for (String name : names) {
            builder.service(name);
        }
        return builder.start();
    }

    /** @return a builder for a platform with replicas, extra configuration or topics created up front */
    static Builder builder() {
        return new Builder();
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
        if (quarkus.containsKey("quarkus.mailer.host")) {
            env.put("QUARKUS_MAILER_HOST", quarkus.get("quarkus.mailer.host"));
            env.put("QUARKUS_MAILER_PORT", quarkus.get("quarkus.mailer.port"));
        }
        // Every replica of handoff-service must check the tokens the others issued.
        env.put("HANDOFF_VISITOR_TOKEN_SECRET", "e2e-visitor-token-secret-of-at-least-32-bytes");
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

    /** Kills a service at once (SIGKILL), as a crash would; it is no longer part of the platform. */
    void kill(String name) {
        ServiceProcess service = services.remove(name);
        if (service == null) {
            throw new IllegalArgumentException(name + " is not running");
        }
        service.kill();
    }

    /** @return the SMTP server's mail, when the platform was built {@link Builder#withSmtp() with SMTP} */
    GreenMail mailServer() {
        return infra.smtp()
                .orElseThrow(() -> new IllegalStateException("the platform runs without SMTP"))
                .greenMail();
    }

    /** @return the broker's bootstrap servers, for the test's own producers, consumers and admin clients */
    String kafkaBootstrapServers() {
        return infra.quarkusConfig().get("kafka.bootstrap.servers");
    }

    /** @return a new connection to the database the services share (each in its own schema); close it */
    Connection openDatabase() throws SQLException {
        PostgresServer postgres = infra.postgres().orElseThrow();
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
    }

    /** @return the running process of a service, to kill or inspect it */
    ServiceProcess process(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException(name + " was not started");
        }
        return service;
    }

    /** Starts a service again under its name and configuration (after a kill or stop), and waits until it is ready. */
    ServiceProcess restart(String name) {
        ServiceProcess old = process(name);
        if (old.isAlive()) {
            throw new IllegalStateException(name + " still runs: kill or stop it first");
        }
        starters.get(name).run();
        ServiceProcess started = services.get(name);
        started.awaitReady(READY_TIMEOUT);
        return started;
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

    /** What to start: services (a module may run several times under different names) and topics. */
    static final class Builder {
        private record Service(String name, String module, Map<String, String> env) {}

        private final List<Service> services = new ArrayList<>();
        private final Map<String, Integer> topics = new LinkedHashMap<>();
        private boolean smtp;

        private Builder() {}

        /**
         * @param module a service module, run under its own name
         * @return this builder
         */
        Builder service(String module) {
            return service(module, module, Map.of());
        }

        /**
         * @param name   what the process is called: its {@link #url(String)} key and log file name
         * @param module the service module whose {@code target/quarkus-app/quarkus-run.jar} runs
         * @param env    configuration on top of the platform's, e.g. {@code ROUTING_DEFAULT_MAX_CHATS_PER_AGENT}
         * @return this builder
         */
        Builder service(String name, String module, Map<String, String> env) {
            if (services.stream().anyMatch(s -> s.name().equals(name))) {
                throw new IllegalArgumentException(name + " is already configured");
            }
            services.add(new Service(name, module, Map.copyOf(env)));
            return this;
        }

        /**
         * Runs an SMTP server (GreenMail) and points every service's mailer at it.
         *
         * @return this builder
         */
        Builder withSmtp() {
            smtp = true;
            return this;
        }

        /**
         * @param topic      created before any service starts, so the services' consumers share its partitions
         * @param partitions how many
         * @return this builder
         */
        Builder topic(String topic, int partitions) {
            topics.put(topic, partitions);
            return this;
        }

        /**
         * Starts the infrastructure, creates the topics, then starts the services (all at once, as they
         * wait for nothing but the infrastructure). Whatever started is stopped again when any part fails.
         *
         * @return the running platform, every service ready
         */
        Platform start() throws IOException {
            Path root = Path.of(System.getProperty("e2e.projectRoot", "../.."))
                    .toAbsolutePath()
                    .normalize();
            Path logDir =
                    Path.of(System.getProperty("e2e.logDir", "target/e2e-logs")).toAbsolutePath();
            Platform platform = new Platform();
            try {
                // SMTP only when asked for: most services under test send no mail.
                platform.infra = LocalInfrastructure.builder().smtp(smtp).start();
                createTopics(platform.kafkaBootstrapServers());
                platform.oidc = new OidcWiremockTestResource();
                String keycloakUrl = platform.oidc.start().get("keycloak.url");
                Map<String, String> common = environment(platform.infra.quarkusConfig(), keycloakUrl);
                for (Service service : services) {
                    Map<String, String> env = new LinkedHashMap<>(common);
                    // Each process's own name, surviving a restart: its consumers are static group members (0015).
                    env.put("HANDOFF_KAFKA_INSTANCE_ID", service.name());
                    env.putAll(service.env());
                    Path jar = root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
                    Runnable starter = () -> {
                        try {
                            platform.services.put(
                                    service.name(), ServiceProcess.start(service.name(), jar, env, logDir));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    };
                    platform.starters.put(service.name(), starter);
                    starter.run();
                }
                platform.services.values().forEach(s -> s.awaitReady(READY_TIMEOUT));
                return platform;
            } catch (IOException | RuntimeException | Error e) {
                platform.close();
                throw e;
            }
        }

        private void createTopics(String bootstrapServers) throws IOException {
            if (topics.isEmpty()) {
                return;
            }
            List<NewTopic> newTopics = new ArrayList<>();
            // One broker: replication factor 1.
            topics.forEach((name, partitions) -> newTopics.add(new NewTopic(name, partitions, (short) 1)));
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
                admin.createTopics(newTopics).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("could not create the topics " + topics + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while creating the topics " + topics, e);
            }
        }
    }
}
