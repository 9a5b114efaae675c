package dev.handoff.routing.application.port.in;

/** The holder of a chat, or a supervisor, hands it to another agent, back to its queue, or to a team's queue. */
public interface TransferConversationUseCase {
    /** Throws {@link TransferRefusedException} when the transfer cannot happen; nothing changes then. */
    TransferResult transfer(TransferConversationCommand command);
}
