package dev.handoff.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The floor: Kafka's own {@code org.apache.kafka.tools.EndToEndLatency} on the stack's broker, with the size of our
 * messages, in a JVM of its own (the tool ends with {@code System.exit}). It sends one record at a time (acks=1) and
 * times produce-to-consume; it prints whole milliseconds.
 */
public final class KafkaFloor {
    private static final Pattern PERCENTILES = Pattern.compile("50th = (\\d+), 99th = (\\d+), 99.9th = (\\d+)");
    private static final Pattern AVERAGE = Pattern.compile("Avg latency: ([0-9.]+) ms");

    private final Path classpathFile;
    private final String bootstrap;

    /** @param classpathFile the tool's classpath, as the build wrote it ({@code target/kafka-floor.classpath}) */
    public KafkaFloor(Path classpathFile, String bootstrap) {
        this.classpathFile = classpathFile;
        this.bootstrap = bootstrap;
    }

    /** What the tool measured. */
    public record Result(
            int messages,
            int messageBytes,
            double averageMillis,
            long p50Millis,
            long p99Millis,
            long p999Millis,
            String toolVersion) {}

    /** Runs the tool on topic {@code load-floor} with {@code messages} records of {@code messageBytes} bytes. */
    public Result run(int messages, int messageBytes) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath =
                Files.readString(classpathFile, StandardCharsets.UTF_8).trim();
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-XX:+UseSerialGC",
                        "-cp",
                        classpath,
                        "org.apache.kafka.tools.EndToEndLatency",
                        bootstrap,
                        "load-floor",
                        Integer.toString(messages),
                        "1",
                        Integer.toString(messageBytes)))
                .redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("EndToEndLatency failed:\n" + new String(output, StandardCharsets.UTF_8));
        }
        return parse(new String(output, StandardCharsets.UTF_8), messages, messageBytes, version(classpath));
    }

    static Result parse(String output, int messages, int messageBytes, String version) throws IOException {
        Matcher percentiles = PERCENTILES.matcher(output);
        Matcher average = AVERAGE.matcher(output);
        if (!percentiles.find() || !average.find()) {
            throw new IOException("EndToEndLatency printed no percentiles:\n" + output);
        }
        return new Result(
                messages,
                messageBytes,
                Double.parseDouble(average.group(1)),
                Long.parseLong(percentiles.group(1)),
                Long.parseLong(percentiles.group(2)),
                Long.parseLong(percentiles.group(3)),
                version);
    }

    /** The version in the tool jar's name, e.g. {@code 4.1.1}. */
    private static String version(String classpath) {
        Matcher m = Pattern.compile("kafka-tools-([^/\\\\]+?)\\.jar").matcher(classpath);
        return m.find() ? m.group(1) : "unknown";
    }
}
