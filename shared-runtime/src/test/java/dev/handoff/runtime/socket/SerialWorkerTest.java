package dev.handoff.runtime.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The per-socket serial worker of both visitor protocols, without a server. */
class SerialWorkerTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void oneSocketsTasksRunOneAtATimeInOrderWhileSocketsRunSideBySide() {
        SerialWorker first = new SerialWorker(pool, 1000);
        SerialWorker second = new SerialWorker(pool, 1000);
        List<Integer> firstOrder = new CopyOnWriteArrayList<>();
        List<Integer> secondOrder = new CopyOnWriteArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        for (int i = 0; i < 200; i++) {
            int n = i;
            first.submit(() -> {
                if (running.incrementAndGet() > 1) {
                    overlaps.incrementAndGet();
                }
                firstOrder.add(n);
                running.decrementAndGet();
            });
            second.submit(() -> secondOrder.add(n));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> firstOrder.size() == 200 && secondOrder.size() == 200);
        assertThat(overlaps).hasValue(0);
        assertThat(firstOrder).isSorted();
        assertThat(secondOrder).isSorted();
    }

    @Test
    void aFullQueueRefusesButCleanUpAlwaysGetsIn() {
        // a pool that never runs anything: tasks stay queued
        SerialWorker stuck = new SerialWorker(task -> {}, 2);
        assertThat(stuck.submit(() -> {})).isTrue();
        assertThat(stuck.submit(() -> {})).isTrue();
        assertThat(stuck.submit(() -> {})).isFalse();
        stuck.submitAlways(() -> {});
    }

    @Test
    void aFailingTaskDoesNotStopTheOnesAfterIt() {
        SerialWorker worker = new SerialWorker(pool, 10);
        List<String> ran = new CopyOnWriteArrayList<>();
        worker.submit(() -> {
            throw new IllegalStateException("boom");
        });
        worker.submit(() -> ran.add("after"));
        await().atMost(Duration.ofSeconds(10)).until(() -> ran.contains("after"));
    }
}
