package dev.handoff.testinfra;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Quarkus test resource giving a service real Kafka, PostgreSQL and SMTP, shared by the whole test JVM.
 *
 * <p>Environment: {@code KAFKA_BOOTSTRAP_SERVERS} uses that Kafka instead of starting one;
 * {@code TEST_JDBC_URL} (with {@code TEST_JDBC_USERNAME}, {@code TEST_JDBC_PASSWORD}) that database.
 * SMTP is always an in-process GreenMail, so tests can read what a service sent: {@link #mailbox()}.
 */
public class InfrastructureTestResource implements QuarkusTestResourceLifecycleManager {

    /** @return the servers' configuration, without the keys of extensions the service does not use */
    @Override
    public Map<String, String> start() {
        return forExtensionsOf(InfrastructureBridge.config(), InfrastructureTestResource.class.getClassLoader());
    }

    /**
     * Quarkus warns about every {@code quarkus.*} key that no extension declares: a service without a
     * mailer must not be handed {@code quarkus.mailer.*}, nor one without JDBC {@code quarkus.datasource.*}.
     */
    static Map<String, String> forExtensionsOf(Map<String, String> config, ClassLoader application) {
        boolean mailer = present("io.quarkus.mailer.Mailer", application);
        boolean jdbc = present("io.quarkus.agroal.DataSource", application);
        return config.entrySet().stream()
                .filter(e -> mailer || !e.getKey().startsWith("quarkus.mailer."))
                .filter(e -> jdbc || !e.getKey().startsWith("quarkus.datasource."))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static boolean present(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Deliberately empty: the servers outlive this Quarkus application; a JVM shutdown hook stops them. */
    @Override
    public void stop() {
        // Stopping here would restart Kafka and PostgreSQL for every test profile.
    }

    /** @return every property this resource gives Quarkus (starts the servers if needed) */
    public static Map<String, String> config() {
        return InfrastructureBridge.config();
    }

    /** @return the bootstrap servers the services are configured with */
    public static String kafkaBootstrapServers() {
        return config().get("kafka.bootstrap.servers");
    }

    /** @return the JDBC URL of the database {@code handoff} (or {@code TEST_JDBC_URL}) */
    public static String jdbcUrl() {
        return config().get("quarkus.datasource.jdbc.url");
    }

    /** @return the database user */
    public static String jdbcUsername() {
        return config().get("quarkus.datasource.username");
    }

    /** @return the database password */
    public static String jdbcPassword() {
        return config().get("quarkus.datasource.password");
    }

    /** @return the SMTP port the services are configured with */
    public static int smtpPort() {
        return Integer.parseInt(config().get("quarkus.mailer.port"));
    }

    /** @return the mail the services sent, readable from any test (the way to go inside a {@code @QuarkusTest}) */
    public static TestMailbox mailbox() {
        return new TestMailbox();
    }

    /**
     * The GreenMail object itself, absent when it lives in another class loader than the caller's, which
     * is the case inside a {@code @QuarkusTest} (Quarkus loads the test class itself): use {@link #mailbox()}.
     *
     * @return the GreenMail instance, when usable from here
     */
    public static Optional<GreenMail> greenMail() {
        return Optional.of(InfrastructureBridge.greenMail())
                .filter(GreenMail.class::isInstance)
                .map(GreenMail.class::cast);
    }
}
