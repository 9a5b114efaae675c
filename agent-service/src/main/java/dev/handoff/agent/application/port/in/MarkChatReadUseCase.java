package dev.handoff.agent.application.port.in;

/** Moves the holder's read mark forward (never back); throws {@link ChatRefusedException}. */
public interface MarkChatReadUseCase {
    ReadState markRead(MarkChatReadCommand command);
}
