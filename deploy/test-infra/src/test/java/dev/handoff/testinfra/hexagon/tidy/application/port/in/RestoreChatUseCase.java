package dev.handoff.testinfra.hexagon.tidy.application.port.in;

/** "Rest" as the start of another word is not the transport REST. */
public interface RestoreChatUseCase {
    void restore(JoinByConversationCommand command);
}
