package dev.handoff.agent.adapter.in.websocket;

import dev.handoff.agent.application.port.in.AwaitClaimedChatUseCase;
import dev.handoff.agent.application.port.in.ChatRefusedException;
import dev.handoff.agent.application.port.in.InvalidCommandException;
import dev.handoff.agent.application.port.in.MessageNotSentException;
import dev.handoff.agent.application.port.in.SendMessageCommand;
import dev.handoff.agent.application.port.in.SendMessageUseCase;
import dev.handoff.agent.application.port.in.SentMessage;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.shared.id.ConversationId;
import jakarta.inject.Singleton;

/**
 * Messages sent over the console's socket: the same use case, guarantees and refusals as the REST send, without a
 * bearer token to verify per message (the socket's ticket was verified once). A socket's frames are handled one at
 * a time, and each is answered only once the broker has it, so its sends are stored, and reach the visitor, in the
 * order they were written.
 */
@Singleton
public class SocketSends {
    private final SendMessageUseCase messages;
    private final AwaitClaimedChatUseCase claims;
    private final Frames frames;

    public SocketSends(SendMessageUseCase messages, AwaitClaimedChatUseCase claims, Frames frames) {
        this.messages = messages;
        this.claims = claims;
        this.frames = frames;
    }

    /** Sends the frame's message; the answer is a {@code sent} frame or an error frame naming its key. */
    String send(AgentProfile profile, ClientFrame.Send send) {
        Actor actor = new Actor(
                profile.tenantId(),
                profile.agentId(),
                profile.displayName(),
                profile.roles().contains(AgentProfile.SUPERVISOR));
        ConversationId chat = ConversationId.of(send.conversationId());
        try {
            SendMessageCommand command = new SendMessageCommand(actor, chat, send.clientMessageId(), send.text());
            return frames.sent(onceHeld(actor, chat, command));
        } catch (MessageNotSentException e) {
            return e.unknown()
                    ? frames.error(
                            "outcome-unknown",
                            "The message may have been stored; send it again with the same clientMessageId.",
                            send.clientMessageId())
                    : frames.error(
                            "not-stored", "The message was not stored; send it again later.", send.clientMessageId());
        } catch (InvalidCommandException e) {
            return frames.error("invalid-frame", e.field() + ": " + e.getMessage(), send.clientMessageId());
        } catch (ChatRefusedException e) {
            return switch (e.reason()) {
                case NOT_FOUND ->
                    frames.error("chat-not-found", "No chat " + chat.value() + " of yours.", send.clientMessageId());
                case NOT_HOLDER ->
                    frames.error(
                            "not-chat-holder", "Only the agent holding the chat writes in it.", send.clientMessageId());
                case ENDED ->
                    frames.error("chat-ended", "The chat has ended; it is read-only.", send.clientMessageId());
                // Only a proposal to end is refused so; a send never is, but the switch names every reason.
                case END_ALREADY_PROPOSED ->
                    frames.error("end-already-proposed", "An end was proposed already.", send.clientMessageId());
            };
        }
    }

    /** As over REST (decision 0046): a chat just claimed in routing may not have reached this service yet. */
    private SentMessage onceHeld(Actor actor, ConversationId chat, SendMessageCommand command) {
        try {
            return messages.send(command);
        } catch (ChatRefusedException refused) {
            if (refused.reason() != ChatRefusedException.Reason.NOT_FOUND || !claims.awaitHolding(actor, chat)) {
                throw refused;
            }
            return messages.send(command);
        }
    }
}
