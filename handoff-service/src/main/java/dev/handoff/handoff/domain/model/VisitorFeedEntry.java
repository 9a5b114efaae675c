package dev.handoff.handoff.domain.model;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.Translation;
import dev.handoff.shared.model.WaitStatus;
import java.time.Instant;
import java.util.Locale;

/**
 * What a visitor is shown, in order: one numbered entry per message or change of the chat, kept so that a
 * visitor who reconnects (to any replica) can ask for everything after the last number it saw.
 */
public sealed interface VisitorFeedEntry {
    ConversationId conversationId();

    /** 1, 2, 3... within one conversation, without gaps. */
    long sequence();

    Instant at();

    /** A message from the visitor, an agent, the bot or the system. */
    record Message(
            ConversationId conversationId,
            long sequence,
            Instant at,
            MessageId messageId,
            String clientMessageId,
            Sender sender,
            String senderName,
            String text,
            Translation translation)
            implements VisitorFeedEntry {}

    /**
     * The visitor's place in the queue, or what can be said of their wait, changed.
     *
     * @param estimatedWaitSeconds the wait when {@code waitStatus} has one, else 0
     * @param waitStatus what routing can honestly say of the wait (nobody online, nobody accepting, ...)
     */
    record QueuePosition(
            ConversationId conversationId,
            long sequence,
            Instant at,
            int position,
            long estimatedWaitSeconds,
            WaitStatus waitStatus)
            implements VisitorFeedEntry {
        /** The wire form of the status in visitor frames: {@code estimated}, {@code no-agents}, ... */
        public String waitStatusName() {
            return waitStatus.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** An agent took the chat. */
    record AgentAssigned(ConversationId conversationId, long sequence, Instant at, String agentDisplayName)
            implements VisitorFeedEntry {}

    /** The chat waits for an agent again (requeued or transferred to a queue). */
    record BackInQueue(ConversationId conversationId, long sequence, Instant at) implements VisitorFeedEntry {}

    /**
     * The chat is over: completed by the agent, ended by the visitor, or expired.
     *
     * @param endMessage the bot's end-of-session message
     * @param buttonLabel the label of the button that takes the visitor back to the bot
     */
    record Ended(
            ConversationId conversationId,
            long sequence,
            Instant at,
            ConversationStatus how,
            String endMessage,
            String buttonLabel)
            implements VisitorFeedEntry {}

    /**
     * The agent proposed to end the chat: the visitor is shown the bot's end message with its button, and clicking it
     * ends the chat; writing instead keeps it going.
     */
    record EndProposed(ConversationId conversationId, long sequence, Instant at, String endMessage, String buttonLabel)
            implements VisitorFeedEntry {}

    /**
     * Nobody is accepting and the visitor waited long enough: they may leave a message instead of waiting.
     *
     * @param offlineMessage the bot's offline message, shown with the form
     */
    record LeaveMessageOffered(ConversationId conversationId, long sequence, Instant at, String offlineMessage)
            implements VisitorFeedEntry {}

    /** The message the visitor left was taken; the end follows as the next entry. */
    record MessageLeftConfirmed(ConversationId conversationId, long sequence, Instant at) implements VisitorFeedEntry {}

    /** The visitor wrote instead of clicking the end button: the proposal is withdrawn, the chat goes on. */
    record EndProposalWithdrawn(ConversationId conversationId, long sequence, Instant at) implements VisitorFeedEntry {}
}
