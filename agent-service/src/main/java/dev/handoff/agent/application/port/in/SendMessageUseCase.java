package dev.handoff.agent.application.port.in;

/** Sends an agent's message to the visitor, once per client message id; throws {@link ChatRefusedException}. */
public interface SendMessageUseCase {
    SentMessage send(SendMessageCommand command);
}
