package dev.handoff.handoff.application.port.in;

/** A bot hands a conversation to the humans. */
public interface RequestHandoffUseCase {
    /**
     * Opens the live chat and announces it, or returns the live chat already open under the same id.
     *
     * @throws UnknownBotException if the bot has no handoff settings in the caller's tenant
     * @throws HandoffUnavailableException if the bot is disabled or outside business hours
     * @throws ConversationIdTakenException if the id belongs to another bot or tenant
     */
    HandoffAccepted requestHandoff(RequestHandoffCommand command);
}
