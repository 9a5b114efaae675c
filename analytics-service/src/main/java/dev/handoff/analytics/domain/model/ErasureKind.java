package dev.handoff.analytics.domain.model;

/** Why transcripts are erased. */
public enum ErasureKind {
    /** A visitor asked to be forgotten. */
    VISITOR,
    /** They are older than the tenant keeps transcripts. */
    RETENTION
}
