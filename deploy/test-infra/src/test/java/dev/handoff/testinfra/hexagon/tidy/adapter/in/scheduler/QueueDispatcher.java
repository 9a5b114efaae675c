package dev.handoff.testinfra.hexagon.tidy.adapter.in.scheduler;

/** An in-adapter that only drives use cases. */
public class QueueDispatcher {
    public void wake(String queue) {}
}
