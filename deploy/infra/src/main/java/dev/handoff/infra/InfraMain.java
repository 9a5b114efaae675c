package dev.handoff.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.LogManager;

/**
 * Runs the local stack's infrastructure until SIGTERM/SIGINT.
 *
 * <p>Its stdout is an interface for shell scripts: exactly one line, {@code INFRA READY} or an error.
 * Usage: {@code --data-dir DIR [--kafka-port 9092] [--postgres-port 15432] [--smtp-port 2525]
 * [--only kafka,postgres,smtp]}; with {@code --only} it starts just those and writes
 * {@code DIR/infra-<names>.properties} instead of {@code DIR/infra.properties}.
 */
public final class InfraMain {

    private static final System.Logger LOG = System.getLogger(InfraMain.class.getName());

    /** Exit code when a port is taken or an argument is wrong: nothing was started. */
    public static final int EXIT_USAGE = 2;
    /** Exit code when a server failed to start. */
    public static final int EXIT_FAILED = 1;

    private InfraMain() {}

    /**
     * Entry point of the local stack's infrastructure.
     *
     * @param args see the class description
     * @throws InterruptedException never in practice: the main thread waits until the JVM stops
     */
    public static void main(String[] args) throws InterruptedException {
        quietLogging();
        InfraOptions options;
        try {
            options = InfraOptions.parse(args);
        } catch (IllegalArgumentException e) {
            fail(EXIT_USAGE, e.getMessage());
            return;
        }
        Optional<String> conflict = options.portConflict();
        if (conflict.isPresent()) {
            fail(EXIT_USAGE, conflict.get());
            return;
        }
        AtomicReference<LocalInfrastructure> running = new AtomicReference<>();
        Path properties = options.propertiesFile();
        // Registered before starting: a SIGTERM during startup still stops what is already up.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(running, properties), "infra-stop"));
        try {
            Files.createDirectories(options.dataDir());
            running.set(LocalInfrastructure.builder()
                    .dataDir(options.dataDir())
                    .ports(options.kafkaPort(), options.postgresPort(), options.smtpPort())
                    .kafka(options.starts("kafka"))
                    .postgres(options.starts("postgres"))
                    .smtp(options.starts("smtp"))
                    .start());
            FileSupport.writeAtomically(properties, describe(running.get()));
        } catch (IOException e) {
            LOG.log(Level.ERROR, "the infrastructure did not start", e);
            fail(EXIT_FAILED, e.getMessage().lines().findFirst().orElse("start failed") + " (details on stderr)");
            return;
        }
        System.out.println("INFRA READY");
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static String describe(LocalInfrastructure infra) {
        Map<String, String> values = new LinkedHashMap<>();
        infra.kafka().ifPresent(k -> values.put("kafka.bootstrap.servers", k.bootstrapServers()));
        infra.postgres().ifPresent(p -> {
            values.put("jdbc.url", p.jdbcUrl());
            values.put("jdbc.username", p.username());
            values.put("jdbc.password", p.password());
        });
        infra.smtp().ifPresent(s -> {
            values.put("smtp.host", s.host());
            values.put("smtp.port", Integer.toString(s.port()));
        });
        StringBuilder text = new StringBuilder("# Written by InfraMain; deleted when it stops.\n");
        values.forEach(
                (key, value) -> text.append(key).append('=').append(value).append('\n'));
        return text.toString();
    }

    private static void stop(AtomicReference<LocalInfrastructure> running, Path properties) {
        try {
            Files.deleteIfExists(properties);
        } catch (IOException e) {
            // A stale file is harmless next to a stopped stack: the script waits for INFRA READY anyway.
        }
        LocalInfrastructure infra = running.getAndSet(null);
        if (infra != null) {
            infra.close();
        }
    }

    private static void fail(int exitCode, String message) {
        PrintStream out = System.out;
        out.println("INFRA ERROR: " + message);
        out.flush();
        System.exit(exitCode);
    }

    /** Library chatter (Kafka client configs, initdb) goes to stderr at WARNING unless configured otherwise. */
    private static void quietLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (InputStream config = InfraMain.class.getResourceAsStream("infra-logging.properties")) {
            if (config != null) {
                LogManager.getLogManager().readConfiguration(config);
            }
        } catch (IOException e) {
            // The JDK defaults only log more: not worth failing the start.
        }
    }
}
