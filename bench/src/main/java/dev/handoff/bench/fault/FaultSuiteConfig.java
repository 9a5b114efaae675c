package dev.handoff.bench.fault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How big a fault run is and what it breaks.
 *
 * @param chats     live chats, half of the visitors on {@code /ws/visitor}, half on Socket.IO
 * @param interval  time between two messages of one sender (each chat has two senders)
 * @param warmup    traffic before the first fault
 * @param observe   how long after a component is healthy again its fault is watched
 * @param faults    components to kill with SIGKILL and restart, in turn ({@code ./handoff} names)
 */
public record FaultSuiteConfig(
        int chats,
        Duration interval,
        Duration warmup,
        Duration observe,
        List<String> faults,
        Path projectRoot,
        Path outputDir,
        Path socketIoClientDir) {

    /** Every service, the gateway, the broker and PostgreSQL. */
    public static final List<String> ALL_FAULTS = List.of(
            "handoff-service",
            "agent-service",
            "routing-service",
            "notification-service",
            "analytics-service",
            "gateway",
            "kafka",
            "postgresql");

    /** The full run of {@code docs/reliability.md}: 30 chats, a message every 2 s per sender, every fault. */
    public static FaultSuiteConfig full(Path root, Path output) {
        return new FaultSuiteConfig(
                30,
                Duration.ofSeconds(2),
                Duration.ofSeconds(15),
                Duration.ofSeconds(20),
                ALL_FAULTS,
                root,
                output,
                clientDir(root));
    }

    /** The short run of {@code ./mvnw verify}: 6 chats, two kills (the visitor side's service and the broker). */
    public static FaultSuiteConfig shortRun(Path root, Path output) {
        return new FaultSuiteConfig(
                6,
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                List.of("handoff-service", "kafka"),
                root,
                output,
                clientDir(root));
    }

    /** The same run breaking only the named components (an operator chasing one slow recovery), in their usual order. */
    public FaultSuiteConfig only(List<String> components) {
        List<String> unknown =
                components.stream().filter(c -> !ALL_FAULTS.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no such fault: " + unknown + "; known: " + ALL_FAULTS);
        }
        return new FaultSuiteConfig(
                chats,
                interval,
                warmup,
                observe,
                ALL_FAULTS.stream().filter(components::contains).toList(),
                projectRoot,
                outputDir,
                socketIoClientDir);
    }

    private static Path clientDir(Path root) {
        return root.resolve("handoff-service/src/test/socketio-client");
    }
}
