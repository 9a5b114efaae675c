package dev.handoff.bench.load;

import static org.awaitility.Awaitility.await;

import dev.handoff.bench.chat.Stack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two handoff flows. Bot POSTs leave on schedule from a pool (a slow POST does not hold the next one back, so
 * their order is not judged). Visible: until alice's console socket shows the {@code pending.added} frame (strategy
 * MANUAL). Assigned: until an agent's console socket shows the {@code assigned} frame (strategy AUTO); each assigned
 * chat is completed at once, so capacity frees up as with real agents.
 */
final class HandoffFlows {
    private static final Duration COMPLETE_WITHIN = Duration.ofSeconds(30);
    private static final Pattern VISIBLE_NAME = Pattern.compile("Load handoff v(\\d+)$");

    private final Stack stack;
    private final Handoffs handoffs;
    private final List<String> agents;
    private final String supervisor;
    private final Duration drain;

    HandoffFlows(Stack stack, Handoffs handoffs, List<String> agents, String supervisorToken, Duration drain) {
        this.stack = stack;
        this.handoffs = handoffs;
        this.agents = agents;
        this.supervisor = supervisorToken;
        this.drain = drain;
    }

    /** Handoff to visible; the created conversations (still queued) are returned in {@code created}. */
    FlowLedger runVisible(FlowSettings s, List<Handoffs.Created> created) throws InterruptedException {
        FlowLedger ledger = new FlowLedger("handoff -> visible to agents", false);
        String before = strategy("MANUAL");
        try (AgentFeed alice = new AgentFeed(stack, agents.get(0), (frame, at) -> {
            Matcher m = VISIBLE_NAME.matcher(frame.path("visitorName").asText());
            if (frame.path("type").asText().equals("pending.added") && m.find()) {
                ledger.received(0, Integer.parseInt(m.group(1)), at);
            }
        })) {
            List<Handoffs.Created> made = Collections.synchronizedList(new ArrayList<>());
            post(
                    s,
                    ledger,
                    number -> handoffs.tryCreate("Load handoff v" + number)
                            .ifPresentOrElse(made::add, () -> ledger.refused(0, number)));
            ledger.awaitAll(drain);
            created.addAll(made);
        } finally {
            strategy(before);
        }
        return ledger;
    }

    /** Handoff to assigned under AUTO; the strategy in force before is put back. */
    FlowLedger runAssigned(FlowSettings s) throws InterruptedException {
        FlowLedger ledger = new FlowLedger("handoff -> assigned (AUTO)", false);
        ArrivalsById arrivals = new ArrivalsById(ledger);
        ExecutorService completer = Executors.newFixedThreadPool(3);
        List<AgentFeed> feeds = new ArrayList<>();
        String before = strategy("AUTO");
        try {
            for (String agent : agents) {
                AgentFeed[] self = new AgentFeed[1];
                self[0] = new AgentFeed(stack, agent, (frame, at) -> {
                    if (frame.path("type").asText().equals("assigned")) {
                        String id = frame.path("conversationId").asText();
                        arrivals.arrived(id, at);
                        completer.execute(() ->
                                stack.call("POST", "/api/v1/agent/chats/" + id + "/complete", self[0].token(), null));
                    }
                });
                feeds.add(self[0]);
            }
            post(
                    s,
                    ledger,
                    number -> handoffs.tryCreate("Load auto v" + number)
                            .ifPresentOrElse(
                                    c -> arrivals.created(c.conversationId(), number),
                                    () -> ledger.refused(0, number)));
            ledger.awaitAll(drain);
        } finally {
            strategy(before);
            feeds.forEach(AgentFeed::close);
            completer.shutdown();
            completer.awaitTermination(1, TimeUnit.MINUTES);
        }
        return ledger;
    }

    /** Claims and completes queued conversations (the visible flow's), so they leave no queue behind. */
    void cleanUp(List<Handoffs.Created> queued) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(agents.size());
        AtomicInteger left = new AtomicInteger();
        List<String> tokens = agents.stream().map(a -> stack.userToken(a, a)).toList();
        for (int i = 0; i < queued.size(); i++) {
            String token = tokens.get(i % tokens.size());
            String id = queued.get(i).conversationId();
            pool.execute(() -> {
                try {
                    if (!stack.call("POST", "/api/v1/queue/" + id + "/claim", token, null)
                            .ok()) {
                        left.incrementAndGet();
                        return;
                    }
                    // agent-service learns of the claim from Kafka: until then the chat is not found there
                    await().atMost(COMPLETE_WITHIN)
                            .pollInterval(Duration.ofMillis(50))
                            .until(() -> stack.call("POST", "/api/v1/agent/chats/" + id + "/complete", token, null)
                                    .ok());
                } catch (RuntimeException e) {
                    left.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        if (left.get() > 0) {
            // held chats would fill the agents' capacity and starve the AUTO flow after this one
            throw new IllegalStateException(
                    left.get() + " of " + queued.size() + " queued handoffs could not be claimed and completed");
        }
    }

    /** POSTs from a pool, each marked sent at its intended time before it leaves. */
    private static void post(FlowSettings s, FlowLedger ledger, IntConsumer create) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        Schedule schedule = new Schedule(System.nanoTime(), s.rate(), s.duration());
        for (int k = 0; k < schedule.count(); k++) {
            int number = k + 1;
            ledger.sent(0, number, schedule.awaitTurn(k));
            pool.execute(() -> create.accept(number));
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
    }

    /** Sets the demo tenant's routing strategy; returns the one in force before. */
    String strategy(String strategy) {
        String before = stack.call("GET", "/api/v1/routing/settings", supervisor, null)
                .json()
                .path("strategy")
                .asText("MANUAL");
        Stack.Answer answer = stack.call("PUT", "/api/v1/routing/settings", supervisor, Map.of("strategy", strategy));
        if (!answer.ok()) {
            throw new IllegalStateException("could not set the routing strategy " + strategy + ": " + answer);
        }
        return before;
    }
}
