package dev.handoff.bench.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A load run: the settings of each flow, how long arrivals may trail the schedule, the floor's size, and where things
 * are, how many visitors already wait when the handoff flows start, and how long the idle stack is watched
 * first. {@code holdProbe} drives visitor messages during the idle sockets' pings (rate 0: none). {@link #full} reads {@code load.*} system properties (see bench/README.md); {@link #smoke} is the CI variant.
 */
public record LoadConfig(
        FlowSettings visitorWebSocket,
        FlowSettings visitorSocketIo,
        FlowSettings agentRest,
        FlowSettings agentSocket,
        FlowSettings crossing,
        FlowSettings handoffVisible,
        FlowSettings handoffAssigned,
        FlowSettings idlePings,
        FlowSettings holdProbe,
        URI visitorBase,
        Duration drain,
        int floorMessages,
        Path projectRoot,
        Path outputDir,
        Path floorClasspath,
        int waiting,
        Duration idleBaseline) {
    /** The gateway's WebSocket origin, where visitors connect. */
    static final URI GATEWAY = URI.create("ws://localhost:8080");
    /** handoff-service's own port, for visitors that skip the gateway ({@code -Dload.visitorsDirect=true}). */
    static final URI HANDOFF_SERVICE = URI.create("ws://localhost:8081");

    /** Every flow at {@code load.rate} (50/s) for {@code load.seconds} (30 s) over {@code load.chats} (20) chats. */
    public static LoadConfig full(Path root, Path output, Path floorClasspath) {
        double rate = Double.parseDouble(System.getProperty("load.rate", "50"));
        Duration duration = Duration.ofSeconds(Long.getLong("load.seconds", 30));
        int chats = Integer.getInteger("load.chats", 20);
        FlowSettings messages = new FlowSettings(rate, duration, chats);
        double handoffRate = Double.parseDouble(System.getProperty("load.handoffRate", Double.toString(rate)));
        FlowSettings handoffs = new FlowSettings(handoffRate, duration, 1);
        int sockets = Integer.getInteger("load.sockets", 100);
        double pingRate = Double.parseDouble(System.getProperty("load.pingRate", Double.toString(rate)));
        URI visitorBase = Boolean.getBoolean("load.visitorsDirect") ? HANDOFF_SERVICE : GATEWAY;
        return new LoadConfig(
                messages,
                messages,
                messages,
                messages,
                messages,
                handoffs,
                handoffs,
                new FlowSettings(pingRate, duration, sockets),
                new FlowSettings(Double.parseDouble(System.getProperty("load.probeRate", "0")), duration, chats),
                visitorBase,
                Duration.ofSeconds(60),
                Integer.getInteger("load.floorMessages", 2000),
                root,
                output,
                floorClasspath,
                Integer.getInteger("load.waiting", 0),
                Duration.ofSeconds(Long.getLong("load.idleSeconds", 15)));
    }

    /** About 20 seconds of low rates, a few chats, every flow: for {@code ./mvnw verify}. */
    public static LoadConfig smoke(Path root, Path output, Path floorClasspath) {
        Duration duration = Duration.ofSeconds(3);
        return new LoadConfig(
                new FlowSettings(6, duration, 3),
                new FlowSettings(4, duration, 2),
                new FlowSettings(6, duration, 3),
                new FlowSettings(6, duration, 3),
                new FlowSettings(8, duration, 2), // crossing: six turns a chat, both kinds of one-after-the-other
                new FlowSettings(3, duration, 1),
                new FlowSettings(3, duration, 1),
                new FlowSettings(5, duration, 5),
                new FlowSettings(4, duration, 2),
                GATEWAY,
                Duration.ofSeconds(30),
                200,
                root,
                output,
                floorClasspath,
                0,
                Duration.ZERO);
    }

    /** Whether visitors send to agents during the idle sockets' hold ({@code load.probeRate} above 0). */
    public boolean probing() {
        return holdProbe.rate() > 0;
    }

    /** Where the Socket.IO visitors' npm client is. */
    public Path socketIoClientDir() {
        return projectRoot.resolve("handoff-service/src/test/socketio-client");
    }
}
