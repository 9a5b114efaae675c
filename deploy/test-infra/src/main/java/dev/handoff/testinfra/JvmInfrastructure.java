package dev.handoff.testinfra;

import dev.handoff.infra.LocalInfrastructure;
import dev.handoff.infra.SmtpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one set of servers of a test JVM, started on first use and stopped by a JVM shutdown hook.
 *
 * <p>Loaded through the system class loader by {@link InfrastructureBridge}: Quarkus gives every test
 * profile its own class loader (and closes it afterwards), so static state anywhere else would start
 * Kafka once per profile. Therefore its public methods take and return JDK types only.
 */
public final class JvmInfrastructure {

    static final String KAFKA_ENV = "KAFKA_BOOTSTRAP_SERVERS";
    static final String JDBC_URL_ENV = "TEST_JDBC_URL";

    private static final System.Logger LOG = System.getLogger(JvmInfrastructure.class.getName());

    private static LocalInfrastructure local;
    private static ContainerInfrastructure containers;
    private static Map<String, String> config;

    private JvmInfrastructure() {}

    /** @return the Quarkus configuration of the running servers, starting them on the first call */
    public static synchronized Map<String, String> config() {
        if (config == null) {
            // The servers' threads (and the shutdown hook) inherit the context class loader: ours lives as
            // long as the JVM, the calling Quarkus test application's does not.
            ClassLoader caller = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(JvmInfrastructure.class.getClassLoader());
            try {
                config = Map.copyOf(start(System.getenv()));
            } finally {
                Thread.currentThread().setContextClassLoader(caller);
            }
        }
        return config;
    }

    /** @return every mail received so far, as raw MIME bytes (readable from any class loader) */
    public static List<byte[]> receivedMails() {
        List<byte[]> mails = new ArrayList<>();
        for (MimeMessage message : smtp().greenMail().getReceivedMessages()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                message.writeTo(bytes);
            } catch (IOException | MessagingException e) {
                throw new IllegalStateException("unreadable mail in GreenMail", e);
            }
            mails.add(bytes.toByteArray());
        }
        return mails;
    }

    /** Forgets all received mail (the server keeps running on the same port). */
    public static void clearMails() {
        try {
            smtp().greenMail().purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("could not clear GreenMail", e);
        }
    }

    /** @return the GreenMail instance, typed Object because its class belongs to this class loader */
    public static Object greenMail() {
        return smtp().greenMail();
    }

    private static synchronized SmtpServer smtp() {
        config();
        return local.smtp().orElseThrow();
    }

    private static Map<String, String> start(Map<String, String> env) {
        InfrastructureChoice choice = InfrastructureChoice.decide(System.getProperties(), env, new DockerProbe());
        LOG.log(System.Logger.Level.INFO, "test infrastructure: {0}", choice);
        boolean kafka = nonBlank(env.get(KAFKA_ENV)).isEmpty();
        boolean postgres = nonBlank(env.get(JDBC_URL_ENV)).isEmpty();
        boolean inContainers = choice.kind() == InfrastructureChoice.Kind.CONTAINERS;
        Map<String, String> servers = new LinkedHashMap<>();
        try {
            if (inContainers) {
                containers = ContainerInfrastructure.start(kafka, postgres);
                servers.putAll(containers.quarkusConfig());
            }
            // SMTP stays in process either way: tests read the received mail from this JVM's GreenMail.
            local = LocalInfrastructure.builder()
                    .kafka(kafka && !inContainers)
                    .postgres(postgres && !inContainers)
                    .start();
        } catch (IOException e) {
            stopAll();
            throw new UncheckedIOException("could not start the test infrastructure: " + e.getMessage(), e);
        }
        servers.putAll(local.quarkusConfig());
        Runtime.getRuntime().addShutdownHook(new Thread(JvmInfrastructure::stopAll, "test-infrastructure-stop"));
        return withExternal(servers, env);
    }

    private static synchronized void stopAll() {
        if (local != null) {
            local.close();
        }
        if (containers != null) {
            containers.close();
        }
    }

    /** The local servers' configuration, with what the environment provides from outside put over it. */
    static Map<String, String> withExternal(Map<String, String> local, Map<String, String> env) {
        Map<String, String> values = new LinkedHashMap<>(local);
        nonBlank(env.get(KAFKA_ENV)).ifPresent(servers -> values.put("kafka.bootstrap.servers", servers));
        nonBlank(env.get(JDBC_URL_ENV)).ifPresent(url -> {
            values.put("quarkus.datasource.jdbc.url", url);
            values.put("quarkus.datasource.username", env.getOrDefault("TEST_JDBC_USERNAME", "postgres"));
            values.put("quarkus.datasource.password", env.getOrDefault("TEST_JDBC_PASSWORD", "postgres"));
        });
        return values;
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
