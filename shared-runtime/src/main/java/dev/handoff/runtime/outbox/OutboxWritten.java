package dev.handoff.runtime.outbox;

/** The CDI event of a transaction that wrote outbox rows, observed once it committed. */
enum OutboxWritten {
    INSTANCE
}
