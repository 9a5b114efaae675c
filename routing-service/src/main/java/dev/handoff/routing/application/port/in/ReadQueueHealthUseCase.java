package dev.handoff.routing.application.port.in;

/** Reads the queue's health across all tenants, for the metrics operators alert on. */
public interface ReadQueueHealthUseCase {
    QueueHealth read();
}
