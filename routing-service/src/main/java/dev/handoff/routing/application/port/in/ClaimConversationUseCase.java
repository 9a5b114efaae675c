package dev.handoff.routing.application.port.in;

/** An agent takes a waiting conversation, first come first served, within their capacity. */
public interface ClaimConversationUseCase {
    /** Throws {@link ClaimRefusedException} when the claimant cannot have it. */
    Claimed claim(ClaimConversationCommand command);
}
