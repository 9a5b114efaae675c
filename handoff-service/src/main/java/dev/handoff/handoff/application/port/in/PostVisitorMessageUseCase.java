package dev.handoff.handoff.application.port.in;

/** A visitor writes to the agent. */
public interface PostVisitorMessageUseCase {
    /**
     * Returns only once the message is safely in Kafka; a resend with the same client message id is the same
     * message and is shown once.
     *
     * @throws UnknownConversationException if the chat is not the visitor's tenant's
     * @throws ChatNotOpenException if the chat has ended
     * @throws MessageNotStoredException if it was certainly not stored (the broker is unreachable; resend later)
     * @throws MessageOutcomeUnknownException if no acknowledgement came in time: it may still be stored; a resend
     *         with the same client message id is stored and shown once
     */
    PostedVisitorMessage post(PostVisitorMessageCommand command);
}
