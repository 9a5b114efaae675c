package dev.handoff.routing.domain.model;

/** Why an agent is not offered a conversation again. */
public enum PassOverReason {
    DECLINED,
    TIMED_OUT
}
