package dev.handoff.handoff.application.port.in;

/** A waiting visitor, offered to because nobody is accepting, leaves a message instead of waiting. */
public interface LeaveMessageUseCase {
    /**
     * Ends the wait with the message: the chat leaves the queue and ends, and {@code MessageLeft} carries the message
     * to the agents. A second one is refused as not waiting: the first ended the wait.
     *
     * @throws LeaveMessageRefusedException if the chat is not waiting or the visitor was not offered to
     */
    void leave(LeaveMessageCommand command);
}
