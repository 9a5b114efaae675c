package dev.handoff.testinfra.hexagon.leaky.application.port.out;

/** What the application calls out to. */
public interface WakeupPort {
    void queueChanged(String queue);
}
