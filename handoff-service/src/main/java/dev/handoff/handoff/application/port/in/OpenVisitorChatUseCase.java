package dev.handoff.handoff.application.port.in;

import java.util.Optional;

/** Lets a visitor into a live chat: by a signed token, or by bot and conversation id where the bot allows that. */
public interface OpenVisitorChatUseCase {
    /**
     * @throws VisitorAccessDeniedException if the token is not valid now or its chat is unknown
     */
    VisitorChat byToken(String token);

    /**
     * The chat already open under this id for this bot, or empty when the bot has not handed it off yet (the
     * client is then asked for the bot history and calls {@link #startByConversation}).
     *
     * @throws VisitorAccessDeniedException if the bot does not offer joining by conversation id to this origin, or
     *     the id belongs to another bot
     */
    Optional<VisitorChat> byConversation(JoinByConversationCommand command);

    /**
     * Hands the conversation off with the history the client sent, or rejoins it if a parallel request did.
     *
     * @throws HandoffUnavailableException outside business hours, on a holiday, or while the bot is disabled
     * @throws VisitorAccessDeniedException as {@link #byConversation}
     */
    VisitorChat startByConversation(StartByConversationCommand command);
}
