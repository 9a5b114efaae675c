package dev.handoff.routing.domain.model;

/** What a claim on a conversation comes to, before capacity is checked. */
public enum ClaimDecision {
    /** Waiting (or offered to the claimant) and the claimant may take it. */
    TAKE,
    /** The claimant already holds it: a retried claim answers the same. */
    ALREADY_YOURS,
    /** Another agent holds it. */
    HELD_BY_ANOTHER,
    /** It is offered to another agent, for them alone until the offer ends. */
    OFFERED_TO_ANOTHER,
    /** It ended before anyone took it. */
    NO_LONGER_WAITING,
    /** Another tenant's conversation, or a team the claimant is not in. */
    NOT_YOURS_TO_TAKE
}
