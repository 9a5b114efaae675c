package dev.handoff.testinfra.hexagon.tidy.application.port.out;

/** What the application calls out to. */
public interface WakeupPort {
    void queueChanged(String queue);
}
