package dev.handoff.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs InfraMain as the local stack's script does: a separate JVM, one stdout line, a signal to stop. */
class InfraMainTest {

    @TempDir
    Path root;

    @Test
    void aPortInUseIsReportedOnOneLineWithExitCode2BeforeAnythingStarts() throws Exception {
        Path dataDir = root.resolve("data");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process main = launch(dataDir, taken.getLocalPort());
            String output = new String(main.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(main.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(main.exitValue()).isEqualTo(InfraMain.EXIT_USAGE);
            assertThat(output.lines().toList())
                    .containsExactly("INFRA ERROR: port " + taken.getLocalPort()
                            + " wanted by Kafka (--kafka-port) is already in use");
            assertThat(dataDir).doesNotExist();
        }
    }

    @Test
    void startsEverythingWritesItsPropertiesAndLeavesNoProcessBehindOnSigterm() throws Exception {
        Path dataDir = root.resolve("data");
        Process main = launch(dataDir, 0);
        try {
            Children children = awaitReady(main, dataDir);
            Properties infra = load(dataDir.resolve("infra.properties"));
            assertThat(infra.stringPropertyNames())
                    .containsExactlyInAnyOrder(
                            "kafka.bootstrap.servers",
                            "jdbc.url",
                            "jdbc.username",
                            "jdbc.password",
                            "smtp.host",
                            "smtp.port");
            assertThat(infra.getProperty("jdbc.url")).endsWith("/handoff");

            main.destroy(); // SIGTERM, as the script's trap or Ctrl-C would send
            assertThat(main.waitFor(90, TimeUnit.SECONDS)).isTrue();

            children.awaitGone();
            assertThat(dataDir.resolve("infra.properties")).doesNotExist();
            assertThat(dataDir.resolve("kafka/kafka-logs")).isDirectory();
        } finally {
            main.destroyForcibly();
        }
    }

    @Test
    void evenAKilledInfraMainLeavesNoServerBehind() throws Exception {
        Path dataDir = root.resolve("data");
        Process main = launch(dataDir, 0);
        try {
            Children children = awaitReady(main, dataDir);

            main.destroyForcibly(); // SIGKILL: no shutdown hook runs, only the closed pipes tell the children
            assertThat(main.waitFor(30, TimeUnit.SECONDS)).isTrue();

            children.awaitGone();
        } finally {
            main.destroyForcibly();
        }
    }

    /** The broker JVM (a child) and the postmaster (daemonised, found through its pid file). */
    private record Children(long kafka, long postgres) {
        void awaitGone() {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(running(kafka)).as("Kafka fork").isFalse();
                assertThat(running(postgres)).as("postgres").isFalse();
            });
        }
    }

    private Children awaitReady(Process main, Path dataDir) throws Exception {
        BufferedReader stdout =
                new BufferedReader(new InputStreamReader(main.getInputStream(), StandardCharsets.UTF_8));
        String firstLine = CompletableFuture.supplyAsync(() -> readLine(stdout))
                .get(KafkaBroker.START_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS);
        assertThat(firstLine)
                .as("stderr: %s", FileSupport.tail(root.resolve("stderr.txt"), 30))
                .isEqualTo("INFRA READY");
        long kafka = main.descendants()
                .filter(p -> commandLine(p.pid()).contains(KafkaForkMain.class.getName()))
                .mapToLong(ProcessHandle::pid)
                .findFirst()
                .orElseThrow();
        long postgres = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                .get(0)
                .trim());
        assertThat(running(kafka)).isTrue();
        assertThat(running(postgres)).isTrue();
        return new Children(kafka, postgres);
    }

    private Process launch(Path dataDir, int kafkaPort) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        InfraMain.class.getName(),
                        "--data-dir",
                        dataDir.toString(),
                        "--kafka-port",
                        Integer.toString(kafkaPort),
                        "--postgres-port",
                        "0",
                        "--smtp-port",
                        "0")
                .redirectError(root.resolve("stderr.txt").toFile())
                .start();
    }

    /** A zombie (exited, not yet reaped by a container's init) counts as stopped. */
    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    /** Read directly: ProcessHandle.Info truncates the broker's long command line. */
    private static String commandLine(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"))
                    .replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
