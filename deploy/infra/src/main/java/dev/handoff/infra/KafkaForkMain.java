package dev.handoff.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Main class of the forked broker JVM: formats the storage if needed, then runs the KRaft broker.
 *
 * <p>Self-contained on purpose (no other class of this module, no inner classes): {@link KafkaBroker}
 * copies only this class file next to the broker's classpath. The broker classes are reached through
 * reflection, because they are optional dependencies that this module's own code must not link against.
 */
public final class KafkaForkMain {

    private KafkaForkMain() {}

    /**
     * Arguments: the server.properties file and the cluster id.
     *
     * @param args properties file, cluster id
     * @throws Exception when formatting or starting the broker fails (the exit code tells the parent)
     */
    public static void main(String[] args) throws Exception {
        watchParent(System.in);
        int formatted = (int) Class.forName("kafka.tools.StorageTool")
                .getMethod("execute", String[].class, PrintStream.class)
                .invoke(null, new String[] {"format", "-t", args[1], "-c", args[0], "--ignore-formatted"}, System.out);
        if (formatted != 0) {
            System.exit(formatted);
        }
        Class.forName("kafka.Kafka").getMethod("main", String[].class).invoke(null, (Object) new String[] {args[0]});
    }

    /**
     * The parent keeps our stdin open and never writes to it: end of stream means it closed the pipe or
     * died (even by SIGKILL), so a broker is never left behind. Kafka's own shutdown hook then stops it
     * cleanly; a halt timer caps a shutdown that hangs.
     */
    private static void watchParent(InputStream parent) {
        Thread watcher = new Thread(
                () -> {
                    try {
                        while (parent.read() >= 0) {
                            // Nothing is ever sent; draining just waits for the end of the stream.
                        }
                    } catch (IOException e) {
                        // A broken pipe means the same as end of stream.
                    }
                    // Lambdas only: the fork's classpath carries this class file alone, no nested classes.
                    Executors.newSingleThreadScheduledExecutor(task -> {
                                Thread halt = new Thread(task, "halt-if-shutdown-hangs");
                                halt.setDaemon(true);
                                return halt;
                            })
                            .schedule(() -> Runtime.getRuntime().halt(1), 20, TimeUnit.SECONDS);
                    System.exit(0);
                },
                "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }
}
