package dev.handoff.testinfra.hexagon.leaky.adapter.in.scheduler;

import dev.handoff.testinfra.hexagon.leaky.application.port.out.WakeupPort;

/** An in-adapter that implements an out-port: the leak the adapter rule must catch. */
public class QueueDispatcher implements WakeupPort {
    @Override
    public void queueChanged(String queue) {}
}
