package dev.handoff.agent.application.port.in;

/** Sends a quick reply's text as a message; throws {@link ChatRefusedException}, {@link QuickReplyRefusedException}. */
public interface SendQuickReplyUseCase {
    SentMessage send(SendQuickReplyCommand command);
}
