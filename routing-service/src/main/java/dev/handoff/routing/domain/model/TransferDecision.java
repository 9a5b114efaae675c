package dev.handoff.routing.domain.model;

/** What a transfer request on a conversation comes to, before the target is checked. */
public enum TransferDecision {
    /** The caller holds it, or supervises its tenant. */
    ALLOWED,
    /** Another tenant's conversation, or an agent who does not hold it. */
    NOT_YOURS,
    /** Nobody holds it (waiting or ended): there is nothing to hand on. */
    NOT_ASSIGNED,
    /** It waits (or is offered) and the caller supervises its tenant: they may give it to an agent. */
    ASSIGN_WAITING
}
