package dev.handoff.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Waits until a freshly forked broker really serves requests, failing fast if its JVM dies. */
final class KafkaReadiness {

    private static final long POLL_MILLIS = 100;

    private KafkaReadiness() {}

    static void await(String bootstrapServers, Process broker, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        InetSocketAddress address = address(bootstrapServers);
        // First the TCP port: asking the AdminClient earlier only fills the log with connection warnings.
        while (!accepts(address)) {
            waitForExitOrTimeout(broker, deadline);
        }
        try (Admin admin = createAdmin(bootstrapServers)) {
            while (true) {
                ensureAlive(broker);
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
                            .nodes()
                            .get()
                            .isEmpty()) {
                        return;
                    }
                } catch (ExecutionException e) {
                    // Not serving yet: the next describeCluster blocks up to 2 s, no extra pause needed.
                    if (System.nanoTime() > deadline) {
                        throw new IOException("not ready after " + timeout.toSeconds() + " s: " + e.getCause(), e);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for Kafka", e);
                }
            }
        }
    }

    /**
     * Kafka instantiates configured classes (metrics reporters) through the thread's context class loader:
     * under a Quarkus test that is not necessarily the loader of this kafka-clients copy.
     */
    private static Admin createAdmin(String bootstrapServers) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Admin.class.getClassLoader());
        try {
            return Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    bootstrapServers,
                    AdminClientConfig.CLIENT_ID_CONFIG,
                    "infra-readiness",
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                    2_000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                    2_000));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static boolean accepts(InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(address, (int) POLL_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Pauses between port probes by waiting for the broker's exit: a death is noticed at once. */
    private static void waitForExitOrTimeout(Process broker, long deadline) throws IOException {
        if (System.nanoTime() > deadline) {
            throw new IOException("port not open after the start timeout");
        }
        try {
            broker.onExit().get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return;
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for Kafka", e);
        }
        ensureAlive(broker);
    }

    private static void ensureAlive(Process broker) throws IOException {
        if (!broker.isAlive()) {
            throw new IOException("the broker JVM exited with code " + broker.exitValue());
        }
    }

    private static InetSocketAddress address(String bootstrapServers) {
        int colon = bootstrapServers.lastIndexOf(':');
        return new InetSocketAddress(
                bootstrapServers.substring(0, colon), Integer.parseInt(bootstrapServers.substring(colon + 1)));
    }
}
