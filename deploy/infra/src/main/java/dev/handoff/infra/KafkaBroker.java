package dev.handoff.infra;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real single-node Kafka (KRaft broker and controller) running in a forked JVM. */
public final class KafkaBroker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KafkaBroker.class.getName());
    /** Generous: a cold start on a loaded 2-core machine takes ~11 s. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path dataDir;
    private final boolean temporary;

    private KafkaBroker(Process process, int port, Path dataDir, boolean temporary) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.temporary = temporary;
    }

    /**
     * Starts a broker and returns once it answers requests.
     *
     * @param dataDir where topics, the cluster id and kafka.log live, reused when already formatted;
     *                null for a temporary directory deleted by {@link #close()}
     * @param port    the client port on 127.0.0.1, 0 for a free one
     * @return the running broker
     * @throws IOException when the broker cannot be started or is not ready in time (message has its log tail)
     */
    public static KafkaBroker start(Path dataDir, int port) throws IOException {
        // Checked first: with another server on the port, the readiness check could talk to that one.
        if (port != 0 && !Ports.isFree(port)) {
            throw new IOException("Kafka port " + port + " is already in use");
        }
        boolean temporary = dataDir == null;
        Path dir = temporary ? Files.createTempDirectory("handoff-kafka-") : dataDir.toAbsolutePath();
        Files.createDirectories(dir);
        KafkaBrokerFiles files = new KafkaBrokerFiles(dir);
        int clientPort = Ports.orFree(port);
        files.writeServerProperties(clientPort, Ports.freeExcept(clientPort));
        files.writeLauncher();
        files.rotateBrokerLog();
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command(files, files.clusterId(), !temporary))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(files.brokerLog().toFile())
                .start();
        // stdin stays an open pipe: the fork exits when it closes (see KafkaForkMain).
        KafkaBroker broker = new KafkaBroker(process, clientPort, dir, temporary);
        try {
            KafkaReadiness.await(broker.bootstrapServers(), process, START_TIMEOUT);
        } catch (IOException | RuntimeException e) {
            String tail = FileSupport.tail(files.brokerLog(), 40); // before close() deletes a temporary dir
            broker.close();
            throw new IOException(
                    "Kafka did not start on port " + clientPort + ": " + e.getMessage() + "\n--- last lines of "
                            + files.brokerLog() + " ---\n" + tail,
                    e);
        }
        LOG.log(
                Level.INFO,
                "Kafka ready at {0} in {1} ms (data in {2})",
                broker.bootstrapServers(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                dir);
        return broker;
    }

    private static List<String> command(KafkaBrokerFiles files, String clusterId, boolean kept) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms64m");
        command.add("-Xmx512m");
        // Few GC threads and quick-to-compile code: a 2-core CI machine also runs Maven and the tests.
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+ExitOnOutOfMemoryError");
        if (kept) {
            // A data directory that is kept (the local stack) restarts often: the first clean stop records the
            // classes loaded, later starts map them instead of loading them (a stale archive is ignored).
            Path archive = files.classDataArchive();
            command.add(
                    Files.isRegularFile(archive)
                            ? "-XX:SharedArchiveFile=" + archive
                            : "-XX:ArchiveClassesAtExit=" + archive);
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
        }
        command.add("-Djava.awt.headless=true");
        command.add("-Dlog4j2.configurationFile=" + files.log4jConfig().toUri());
        command.add("-cp");
        command.add(files.launcherJar() + File.pathSeparator + brokerClasspath());
        command.add(KafkaForkMain.class.getName());
        command.add(files.serverProperties().toString());
        command.add(clusterId);
        return command;
    }

    /** Written at build time by maven-dependency-plugin (build-classpath) from the optional broker jars. */
    private static String brokerClasspath() throws IOException {
        try (InputStream in = KafkaBroker.class.getResourceAsStream("kafka-broker.classpath")) {
            if (in == null) {
                throw new IOException("kafka-broker.classpath missing: build the infra module with Maven");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    /** @return host:port for kafka.bootstrap.servers */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** @return the client port */
    public int port() {
        return port;
    }

    /** @return the data directory (temporary or given) */
    public Path dataDir() {
        return dataDir;
    }

    /** @return the process id of the forked broker JVM */
    public long pid() {
        return process.pid();
    }

    /** Stops the broker cleanly (closing its stdin), forcibly after 30 s; deletes a temporary data directory. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // Already closed: the fork is stopping anyway.
        }
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "Kafka did not stop within {0}, killing it", STOP_TIMEOUT);
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        if (temporary) {
            FileSupport.deleteQuietly(dataDir);
        }
    }
}
