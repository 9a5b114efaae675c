package dev.handoff.bench.load;

import dev.handoff.bench.chat.Stack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;

/**
 * The idle sockets' hold with, when {@link LoadConfig#probing()}, visitor messages to agents during it: the probe's
 * chats are opened and claimed before the idle sockets, its messages start once the first pong is back (the sockets
 * are open and pinging) and run for as long as the pings; the chats are completed after the hold. Both measure in
 * one window, so their rows share the stack's CPU over it.
 */
final class HoldWithProbe implements AutoCloseable {
    /** The probe's row in the report. */
    static final String PROBE_FLOW = "visitor -> agent during the hold";

    private final LoadConfig config;
    private final Optional<ChatFlows> probe;
    private final IdleSockets idle;

    HoldWithProbe(Stack stack, LoadConfig config, Handoffs handoffs, List<String> agents, List<String> visitorTokens) {
        this.config = config;
        this.probe = config.probing()
                ? Optional.of(new ChatFlows(stack, config, handoffs, agents, PROBE_FLOW))
                : Optional.empty();
        try {
            // Claimed before the hold, so that opening 10,000 sockets and claiming chats never overlap the window.
            probe.ifPresent(chats -> chats.open(config.holdProbe().chats(), 0));
            this.idle = new IdleSockets(
                    config.visitorBase(), visitorTokens, config.idlePings().chats());
        } catch (RuntimeException e) {
            probe.ifPresent(ChatFlows::close);
            throw e;
        }
    }

    /** The settings of the rows {@link #run()} returns, in its order. */
    List<FlowSettings> settings() {
        List<FlowSettings> settings = new ArrayList<>(List.of(config.idlePings()));
        probe.ifPresent(p -> settings.add(config.holdProbe()));
        return settings;
    }

    /** Pings the idle sockets and, once they answer, sends the probe's messages; waits for both to arrive. */
    List<FlowLedger> run() throws Exception {
        ExecutorService pinger = Executors.newSingleThreadExecutor();
        try {
            Future<FlowLedger> pings = pinger.submit(() -> idle.run(config.idlePings(), config.drain()));
            List<FlowLedger> ledgers = new ArrayList<>();
            Optional<FlowLedger> probed = Optional.empty();
            if (probe.isPresent()) {
                Awaitility.await("the idle sockets' first pong")
                        .atMost(Duration.ofSeconds(30))
                        .until(() -> pings.isDone() || idle.ledger().verdict().arrived() > 0);
                probed = Optional.of(probe.get().runVisitorWebSocket(config.holdProbe()));
            }
            ledgers.add(pings.get());
            probed.ifPresent(ledgers::add);
            return ledgers;
        } finally {
            pinger.shutdownNow();
        }
    }

    /** Closes the idle sockets, then completes the probe's chats so that no agent's capacity stays taken. */
    @Override
    public void close() {
        try {
            idle.close();
        } finally {
            probe.ifPresent(ChatFlows::close);
        }
    }
}
