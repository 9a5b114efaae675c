package dev.handoff.notification.application.port.in;

/** Learns a new live chat request and starts its timers: "new request" at once, "still waiting" and escalation later. */
public interface RecordHandoffRequestUseCase {
    /** Records the request's details; timers start only while nobody holds it, and only once per conversation. */
    void requested(RecordHandoffRequestCommand command);
}
