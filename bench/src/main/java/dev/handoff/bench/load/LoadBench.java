package dev.handoff.bench.load;

import dev.handoff.bench.chat.Stack;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The load benchmark against a running stack ({@code ./handoff up}): each flow in turn at a constant arrival rate,
 * the CPU of every stack process around each flow, then Kafka's own end-to-end latency on the same broker as the floor.
 */
public final class LoadBench {
    private static final List<String> AGENTS = List.of("alice", "bob", "carol");
    private static final String BOOTSTRAP = "localhost:9092";
    private static final int FALLBACK_RECORD_BYTES = 512;

    private final LoadConfig config;
    private final boolean full;
    private final Stack stack = Stack.local();
    private final StackProcesses processes;

    public LoadBench(LoadConfig config, boolean full) {
        this.config = config;
        this.full = full;
        this.processes = new StackProcesses(config.projectRoot());
    }

    /** Runs every flow and the floor; writes and returns the report. */
    public LoadReport run() throws Exception {
        Instant started = Instant.now();
        String loadBefore = Machine.loadAverage();
        String supervisor = stack.userToken("carol", "carol");
        int previousCapacity = stack.call("GET", "/api/v1/routing/capacity", supervisor, null).json()
                .path("defaultMaxChats").asInt(5);
        capacity(supervisor, 100); // the most the API allows: chats and AUTO assignments must not wait for capacity
        List<FlowResult> results = new ArrayList<>();
        Handoffs handoffs = new Handoffs(stack);
        try {
            try (ChatFlows chats = new ChatFlows(stack, config, handoffs, AGENTS)) {
                chats.open();
                results.add(measure(config.visitorWebSocket(), chats::runVisitorWebSocket));
                results.add(measure(config.visitorSocketIo(), chats::runVisitorSocketIo));
                results.add(measure(config.agentRest(), chats::runAgentRest));
            }
            HandoffFlows handoffFlows = new HandoffFlows(stack, handoffs, AGENTS, supervisor, config.drain());
            List<Handoffs.Created> queued = new ArrayList<>();
            try {
                results.add(measure(config.handoffVisible(), () -> handoffFlows.runVisible(config.handoffVisible(),
                        queued)));
                List<String> tokens = queued.stream().limit(config.idlePings().chats())
                        .map(Handoffs.Created::visitorToken).toList();
                FlowSettings pings = new FlowSettings(config.idlePings().rate(), config.idlePings().duration(),
                        tokens.size());
                try (IdleSockets idle = new IdleSockets(stack, tokens)) {
                    results.add(measure(pings, () -> idle.run(pings, config.drain())));
                }
            } finally {
                handoffFlows.cleanUp(queued);
            }
            results.add(measure(config.handoffAssigned(), () -> handoffFlows.runAssigned(config.handoffAssigned())));
        } finally {
            capacity(supervisor, previousCapacity);
        }
        int bytes = RecordSize.newest(BOOTSTRAP, "chat.messages.v1").orElse(FALLBACK_RECORD_BYTES);
        KafkaFloor.Result floor = new KafkaFloor(config.floorClasspath(), BOOTSTRAP).run(config.floorMessages(), bytes);
        LoadReport report = new LoadReport(results, floor, Machine.of(loadBefore, config.projectRoot()), started, full);
        report.write(config.outputDir());
        return report;
    }

    private FlowResult measure(FlowSettings settings, Callable<FlowLedger> flow) throws Exception {
        Map<String, Long> before = processes.cpuMillis();
        FlowLedger ledger = flow.call();
        Map<String, Long> after = processes.cpuMillis();
        return new FlowResult(settings, ledger.verdict(), FlowResult.spent(before, after));
    }

    private void capacity(String supervisor, int defaultMaxChats) {
        Stack.Answer answer = stack.call("PUT", "/api/v1/routing/capacity", supervisor,
                Map.of("defaultMaxChats", defaultMaxChats));
        if (!answer.ok()) {
            throw new IllegalStateException("could not set the demo tenant's chats per agent: " + answer);
        }
    }
}
