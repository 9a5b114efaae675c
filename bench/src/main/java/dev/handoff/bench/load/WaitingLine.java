package dev.handoff.bench.load;

import static org.awaitility.Awaitility.await;

import dev.handoff.bench.chat.Stack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Visitors already waiting when a handoff flow starts ({@code -Dload.waiting}): made unmeasured, as fast as the stack
 * takes them, and ended afterwards by the bot (a waiting chat ends without an agent, so nothing is left queued).
 */
final class WaitingLine {
    private static final int SENDERS = 8;
    /** A bot token lives a few minutes: thousands of POSTs outlast one. */
    private static final int POSTS_PER_TOKEN = 500;

    private static final Duration SETTLE = Duration.ofMinutes(10);

    private final Stack stack;
    private final String supervisor;
    private final List<String> waiting = Collections.synchronizedList(new ArrayList<>());

    /** @param supervisor a supervisor's user name, also their password (the demo realm's convention) */
    WaitingLine(Stack stack, String supervisor) {
        this.stack = stack;
        this.supervisor = supervisor;
    }

    /** Hands {@code count} visitors off and returns once routing queues all of them. */
    void fill(int count) throws InterruptedException {
        int queuedBefore = queued();
        AtomicInteger failed = new AtomicInteger();
        forEachChunk(
                count,
                (handoffs, number) -> handoffs.tryCreate("Load waiting w" + number)
                        .ifPresentOrElse(c -> waiting.add(c.conversationId()), failed::incrementAndGet));
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of " + count + " waiting handoffs were refused");
        }
        awaitQueued(queuedBefore + count);
    }

    /** Ends every waiting chat {@link #fill} made, as their bot, and returns once the queue is back to before. */
    void empty() throws InterruptedException {
        if (waiting.isEmpty()) {
            return;
        }
        int queuedBefore = queued();
        // the newest first: a chat that leaves from the tail moves nobody, so routing has no places to announce
        List<String> ids = new ArrayList<>(waiting);
        Collections.reverse(ids);
        AtomicInteger failed = new AtomicInteger();
        forEachChunk(ids.size(), (handoffs, number) -> {
            if (!handoffs.end(ids.get(number - 1))) {
                failed.incrementAndGet();
            }
        });
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of " + ids.size() + " waiting chats could not be ended");
        }
        awaitQueued(queuedBefore - ids.size());
        waiting.clear();
    }

    /** Runs numbers 1..count on a pool, a bot token taken when a chunk of them starts. */
    private void forEachChunk(int count, ChunkWork work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        Map<Integer, Handoffs> tokens = new ConcurrentHashMap<>();
        for (int number = 1; number <= count; number++) {
            int n = number;
            pool.execute(() -> work.run(tokens.computeIfAbsent(n / POSTS_PER_TOKEN, chunk -> new Handoffs(stack)), n));
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
    }

    private void awaitQueued(int expected) {
        await().atMost(SETTLE).pollInterval(Duration.ofSeconds(2)).until(() -> queued() == expected);
    }

    private int queued() {
        // a fresh token: filling and emptying the line can outlast the run's first one
        return stack.call("GET", "/api/v1/queue", stack.userToken(supervisor, supervisor), null)
                .json()
                .size();
    }

    @FunctionalInterface
    private interface ChunkWork {
        void run(Handoffs handoffs, int number);
    }
}
