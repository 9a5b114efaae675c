package dev.handoff.testinfra.hexagon.tidy.adapter.out.wakeup;

import dev.handoff.testinfra.hexagon.tidy.application.port.out.WakeupPort;

/** The out-port implemented by an out-adapter. */
public class WakeupPublisher implements WakeupPort {
    @Override
    public void queueChanged(String queue) {}
}
