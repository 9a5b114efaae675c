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
    RATED
}
