package dev.handoff.agent.application.port.in;

/** Tells the visitor that the agent is typing; throws {@link ChatRefusedException}. */
public interface SignalTypingUseCase {
    void typing(SignalTypingCommand command);
}
