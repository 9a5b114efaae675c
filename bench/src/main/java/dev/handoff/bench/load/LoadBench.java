package dev.handoff.bench.load;

import dev.handoff.bench.chat.Stack;
import dev.handoff.bench.profile.JfrRecorder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The load benchmark against a running stack ({@code ./handoff up}): each flow in turn at a constant arrival rate,
 * the CPU of every stack process around each flow, then Kafka's own end-to-end latency on the same broker as the floor.
 */
public final class LoadBench {
    private static final List<String> AGENTS = List.of("alice", "bob", "carol");
    private static final String SUPERVISOR = "carol";
    private static final String BOOTSTRAP = "localhost:9092";
    private static final int FALLBACK_RECORD_BYTES = 512;
    /** How long a filled waiting line may keep the stack busy before the handoff flow is measured anyway. */
    private static final Duration SETTLE_AT_MOST = Duration.ofMinutes(3);

    /** The flows' keys in the order they run ({@code idle-pings} uses the sockets of {@code handoff-visible}). */
    public static final List<String> FLOWS = List.of(
            "visitor-websocket",
            "visitor-socketio",
            "agent-rest",
            "agent-socket",
            "crossing",
            "handoff-visible",
            "idle-pings",
            "handoff-assigned");

    private final LoadConfig config;
    private final boolean full;
    private final Stack stack = Stack.local();
    private final StackProcesses processes;
    private final Set<String> flows;
    private final Optional<JfrRecorder> profiler;

    /**
     * @param flows    the keys of the flows to run ({@link #FLOWS}); empty runs every flow
     * @param profile  where to write a JFR recording of every stack JVM per flow and their hotspots, if anywhere
     */
    public LoadBench(LoadConfig config, boolean full, Set<String> flows, Optional<Path> profile) {
        this.config = config;
        this.full = full;
        this.processes = new StackProcesses(config.projectRoot());
        this.flows = flows.isEmpty() ? Set.copyOf(FLOWS) : Set.copyOf(flows);
        this.profiler = profile.map(JfrRecorder::new);
        if (!FLOWS.containsAll(this.flows)) {
            throw new IllegalArgumentException("unknown flows in " + flows + "; known: " + FLOWS);
        }
    }

    /** Runs every flow and the floor; writes and returns the report. */
    public LoadReport run() throws Exception {
        Instant started = Instant.now();
        String loadBefore = Machine.loadAverage();
        String supervisor = stack.userToken(SUPERVISOR, SUPERVISOR);
        int previousCapacity = stack.call("GET", "/api/v1/routing/capacity", supervisor, null)
                .json()
                .path("defaultMaxChats")
                .asInt(5);
        IdleBaseline baseline = IdleBaseline.measure(processes, config.idleBaseline());
        capacity(supervisor, 100); // the most the API allows: chats and AUTO assignments must not wait for capacity
        List<FlowResult> results = new ArrayList<>();
        Handoffs handoffs = new Handoffs(stack);
        try {
            if (flows.contains("visitor-websocket")
                    || flows.contains("visitor-socketio")
                    || flows.contains("agent-rest")
                    || flows.contains("agent-socket")
                    || flows.contains("crossing")) {
                try (ChatFlows chats = new ChatFlows(stack, config, handoffs, AGENTS)) {
                    chats.open();
                    measure(results, "visitor-websocket", config.visitorWebSocket(), chats::runVisitorWebSocket);
                    measure(results, "visitor-socketio", config.visitorSocketIo(), chats::runVisitorSocketIo);
                    measure(results, "agent-rest", config.agentRest(), chats::runAgentRest);
                    measure(results, "agent-socket", config.agentSocket(), chats::runAgentSocket);
                    measure(results, "crossing", config.crossing(), chats::runCrossing);
                }
            }
            HandoffFlows handoffFlows = new HandoffFlows(stack, handoffs, AGENTS, supervisor, config.drain());
            List<Handoffs.Created> queued = new ArrayList<>();
            WaitingLine line = new WaitingLine(stack, SUPERVISOR);
            String strategyBefore = handoffFlows.strategy("MANUAL");
            IllegalStateException leftBehind = null;
            try {
                if (flows.contains("handoff-visible") && config.waiting() > 0) {
                    line.fill(config.waiting());
                    new StackSettling(processes, baseline).awaitSettled(SETTLE_AT_MOST);
                }
                measure(
                        results,
                        "handoff-visible",
                        config.handoffVisible(),
                        () -> handoffFlows.runVisible(config.handoffVisible(), queued));
                List<String> tokens =
                        queued.stream().map(Handoffs.Created::visitorToken).toList();
                if (flows.contains("idle-pings") && !tokens.isEmpty()) {
                    try (HoldWithProbe hold = new HoldWithProbe(stack, config, handoffs, AGENTS, tokens)) {
                        measureTogether(results, "idle-pings", hold.settings(), hold::run);
                    }
                }
            } finally {
                try {
                    handoffFlows.cleanUp(queued);
                } catch (IllegalStateException e) {
                    leftBehind = e; // the flows measured stand: reported first, the run fails after
                } finally {
                    line.empty();
                    handoffFlows.strategy(strategyBefore);
                }
            }
            if (leftBehind != null) {
                writeReport(results, baseline, loadBefore, started);
                throw leftBehind; // and no AUTO flow: the chats left held would starve it
            }
            measure(
                    results,
                    "handoff-assigned",
                    config.handoffAssigned(),
                    () -> handoffFlows.runAssigned(config.handoffAssigned()));
        } finally {
            capacity(supervisor, previousCapacity);
        }
        return writeReport(results, baseline, loadBefore, started);
    }

    /** Runs the Kafka floor and writes the report of the flows measured so far. */
    private LoadReport writeReport(List<FlowResult> results, IdleBaseline baseline, String loadBefore, Instant started)
            throws Exception {
        int bytes = RecordSize.newest(BOOTSTRAP, "chat.messages.v1").orElse(FALLBACK_RECORD_BYTES);
        KafkaFloor.Result floor = new KafkaFloor(config.floorClasspath(), BOOTSTRAP).run(config.floorMessages(), bytes);
        LoadReport report =
                new LoadReport(results, floor, baseline, Machine.of(loadBefore, config.projectRoot()), started, full);
        report.write(config.outputDir());
        return report;
    }

    private void measure(List<FlowResult> results, String key, FlowSettings settings, Callable<FlowLedger> flow)
            throws Exception {
        measureTogether(results, key, List.of(settings), () -> List.of(flow.call()));
    }

    /** Flows that run at the same time, one row each (in {@code settings}' order); they share one CPU window. */
    private void measureTogether(
            List<FlowResult> results, String key, List<FlowSettings> settings, Callable<List<FlowLedger>> run)
            throws Exception {
        if (!flows.contains(key)) {
            return;
        }
        Map<String, List<Long>> jvms = profiler.isPresent() ? processes.javaPids() : Map.of();
        profiler.ifPresent(p -> p.start(jvms));
        Map<String, Long> before = processes.cpuMillis();
        long start = System.nanoTime();
        List<FlowLedger> ledgers = run.call();
        Map<String, Long> after = processes.cpuMillis();
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000L;
        Map<String, Long> resident = processes.residentMebibytes();
        if (profiler.isPresent()) {
            profiler.get().stop(key, jvms);
        }
        results.addAll(FlowResult.together(
                settings, ledgers.stream().map(FlowLedger::verdict).toList(), before, after, resident, elapsedMillis));
    }

    private void capacity(String supervisor, int defaultMaxChats) {
        Stack.Answer answer =
                stack.call("PUT", "/api/v1/routing/capacity", supervisor, Map.of("defaultMaxChats", defaultMaxChats));
        if (!answer.ok()) {
            throw new IllegalStateException("could not set the demo tenant's chats per agent: " + answer);
        }
    }
}
