package dev.handoff.routing.application.port.in;

/** The agent a conversation is offered to accepts it (then holds it) or declines it (it goes to the next agent). */
public interface AnswerOfferUseCase {
    /** Throws {@link OfferRefusedException} unless the offer is the caller's and open, and they have room. */
    Claimed accept(AnswerOfferCommand command);

    /** Throws {@link OfferRefusedException} unless the offer is the caller's and open. */
    void decline(AnswerOfferCommand command);
}
