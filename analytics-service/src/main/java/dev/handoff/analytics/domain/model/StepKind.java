package dev.handoff.analytics.domain.model;

/** What happened to a chat, as its transcript shows it. */
public enum StepKind {
    QUEUED,
    ASSIGNED,
    REQUEUED,
    TRANSFERRED,
    SUBJECT_CHANGED,
    COMPLETED,
    ENDED_BY_VISITOR,
    EXPIRED,
    RATED,
    /** The waiting visitor left a message instead (nobody was accepting). */
    LEFT_MESSAGE
}
