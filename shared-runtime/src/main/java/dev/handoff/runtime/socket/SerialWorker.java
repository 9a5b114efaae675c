package dev.handoff.runtime.socket;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs one socket's tasks on a shared worker pool, one at a time and in the order they were submitted: the use
 * cases block (database, Kafka) so they stay off the event loop, and a socket's events must not overtake each other.
 * The event loop takes frames in as they arrive (so rate limits and pings see arrival time) and queues the rest here.
 */
public final class SerialWorker {
    private static final Logger LOG = Logger.getLogger(SerialWorker.class);
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    // queued plus running: the submitter that takes it from 0 to 1 starts a drain
    private final AtomicInteger pending = new AtomicInteger();
    private final Executor pool;
    private final int maxQueued;

    public SerialWorker(Executor pool, int maxQueued) {
        this.pool = pool;
        this.maxQueued = maxQueued;
    }

    /** Queues {@code task}; false (and nothing queued) when {@code maxQueued} tasks are already waiting. */
    public boolean submit(Runnable task) {
        if (pending.get() >= maxQueued) {
            return false;
        }
        enqueue(task);
        return true;
    }

    /** Queues {@code task} whatever the backlog: for clean-up that must not be refused. */
    public void submitAlways(Runnable task) {
        enqueue(task);
    }

    private void enqueue(Runnable task) {
        tasks.add(task);
        if (pending.getAndIncrement() == 0) {
            try {
                pool.execute(this::drain);
            } catch (RuntimeException e) {
                // the pool refused (shutting down): run here rather than leave the queue stuck
                LOG.debugf("worker pool refused a drain, running inline: %s", e);
                drain();
            }
        }
    }

    private void drain() {
        do {
            Runnable task = tasks.poll();
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.errorf(e, "a socket task failed");
            }
        } while (pending.decrementAndGet() > 0);
    }
}
