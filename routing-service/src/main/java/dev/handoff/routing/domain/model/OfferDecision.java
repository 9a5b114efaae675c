package dev.handoff.routing.domain.model;

/** What an agent's answer (accept or decline) to an offer comes to. */
public enum OfferDecision {
    /** The offer is theirs and still open: accepting takes it, declining hands it on. */
    OPEN,
    /** They hold it already (a repeated accept). */
    ALREADY_YOURS,
    /** Their offer expired (or timed out and went on). */
    EXPIRED,
    /** It is offered to somebody else, or belongs to another tenant. */
    NOT_YOURS,
    /** Nothing is offered to them: waiting, held by another, ended, or their offer was withdrawn. */
    NO_OFFER
}
