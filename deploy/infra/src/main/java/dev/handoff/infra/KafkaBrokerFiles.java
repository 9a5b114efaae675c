package dev.handoff.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.apache.kafka.common.Uuid;

/** Lays out a broker's data directory: cluster id, server.properties, log4j config and the fork's main class. */
final class KafkaBrokerFiles {

    private final Path dataDir;

    KafkaBrokerFiles(Path dataDir) {
        this.dataDir = dataDir;
    }

    Path logDir() {
        return dataDir.resolve("kafka-logs");
    }

    Path serverProperties() {
        return dataDir.resolve("server.properties");
    }

    Path log4jConfig() {
        return dataDir.resolve("log4j2.properties");
    }

    Path launcherDir() {
        return dataDir.resolve("launcher");
    }

    Path brokerLog() {
        return dataDir.resolve("kafka.log");
    }

    /** The stored id, so a restart on the same directory joins its own cluster and keeps its topics. */
    String clusterId() throws IOException {
        Path file = dataDir.resolve("cluster.id");
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        Path meta = logDir().resolve("meta.properties");
        String id = Files.isRegularFile(meta) ? load(meta).getProperty("cluster.id") : null;
        if (id == null) {
            id = Uuid.randomUuid().toString();
        }
        Files.writeString(file, id, StandardCharsets.UTF_8);
        return id;
    }

    /** Written on every start: the ports may differ from the previous run. */
    void writeServerProperties(int port, int controllerPort) throws IOException {
        String text = String.join(
                        "\n",
                        "node.id=1",
                        "process.roles=broker,controller",
                        "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                        "controller.listener.names=CONTROLLER",
                        "inter.broker.listener.name=PLAINTEXT",
                        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                        "log.dirs=" + logDir().toAbsolutePath(),
                        // One broker: every replication factor and in-sync minimum is 1.
                        "offsets.topic.replication.factor=1",
                        "transaction.state.log.replication.factor=1",
                        "transaction.state.log.min.isr=1",
                        "share.coordinator.state.topic.replication.factor=1",
                        "share.coordinator.state.topic.min.isr=1",
                        "default.replication.factor=1",
                        "min.insync.replicas=1",
                        // Tests join consumer groups constantly: do not wait 3 s for more members, and create the
                        // internal topics with a few partitions instead of 50 (the first group join waits for them).
                        "group.initial.rebalance.delay.ms=0",
                        "offsets.topic.num.partitions=4",
                        "transaction.state.log.num.partitions=4",
                        "share.coordinator.state.topic.num.partitions=1",
                        "auto.create.topics.enable=true",
                        // Restart after a crash: the controller (this same process) keeps the dead incarnation
                        // registered
                        // until its session expires, refusing the new one (DuplicateBrokerRegistrationException)
                        // meanwhile;
                        // 9 s by default. Heartbeats stay in this JVM, so a short session costs nothing.
                        "broker.session.timeout.ms=1500",
                        "broker.heartbeat.interval.ms=300",
                        "num.partitions=3",
                        // Small segments and few threads: this broker serves tests and a laptop, not traffic.
                        "num.network.threads=2",
                        "num.io.threads=2",
                        "log.segment.bytes=16777216",
                        "")
                .replace('\\', '/');
        Files.writeString(serverProperties(), text, StandardCharsets.UTF_8);
    }

    /** The fork's main class in a jar: class data sharing accepts jars on the class path, not directories. */
    Path launcherJar() {
        return launcherDir().resolve("kafka-fork.jar");
    }

    /** The broker JVM's class data sharing archive: written when a broker on this directory stops cleanly. */
    Path classDataArchive() {
        return launcherDir().resolve("broker.jsa");
    }

    /**
     * Copies the packaged log4j config and the fork's main class (as a jar) out of whatever classloader holds us. The
     * jar is rewritten only when the class changed, so the class data archive made with it stays valid.
     */
    void writeLauncher() throws IOException {
        copyResource("kafka-log4j2.properties", log4jConfig());
        String classFile = KafkaForkMain.class.getName().replace('.', '/') + ".class";
        byte[] mainClass;
        try (InputStream in = KafkaBrokerFiles.class.getResourceAsStream("/" + classFile)) {
            if (in == null) {
                throw new IOException("resource /" + classFile + " missing from the infra module");
            }
            mainClass = in.readAllBytes();
        }
        Files.createDirectories(launcherDir());
        Path stamp = launcherDir().resolve("kafka-fork.class");
        if (Files.isRegularFile(launcherJar())
                && Files.isRegularFile(stamp)
                && java.util.Arrays.equals(Files.readAllBytes(stamp), mainClass)) {
            return;
        }
        Files.deleteIfExists(classDataArchive());
        try (java.util.jar.JarOutputStream jar =
                new java.util.jar.JarOutputStream(Files.newOutputStream(launcherJar()))) {
            jar.putNextEntry(new java.util.jar.JarEntry(classFile));
            jar.write(mainClass);
            jar.closeEntry();
        }
        Files.write(stamp, mainClass);
    }

    /** Keeps the previous run's log next to the new one: the log of a crash survives one restart. */
    void rotateBrokerLog() throws IOException {
        if (Files.exists(brokerLog())) {
            Files.move(brokerLog(), dataDir.resolve("kafka.log.1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void copyResource(String name, Path target) throws IOException {
        try (InputStream in = KafkaBrokerFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("resource " + name + " missing from the infra module");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
