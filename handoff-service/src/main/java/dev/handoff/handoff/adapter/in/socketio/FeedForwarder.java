package dev.handoff.handoff.adapter.in.socketio;

import dev.handoff.handoff.application.port.in.VisitorFeedListener;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.model.Sender;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.json.JSONObject;

/**
 * Turns a chat's feed into Socket.IO events: agent and system messages become Botlhale {@code to_user}; the end
 * becomes {@code to_user} with the bot's end message, then {@code disconnect_socket}; queue and agent news become
 * extension events that Botlhale clients ignore. Visitor and bot messages are not echoed: the widget shows them.
 */
final class FeedForwarder implements VisitorFeedListener {
    private static final Logger LOG = Logger.getLogger(FeedForwarder.class);
    private final VisitorSocket socket;

    FeedForwarder(VisitorSocket socket) {
        this.socket = socket;
    }

    @Override
    public void onEntry(VisitorFeedEntry entry) {
        if (!socket.connected()) {
            // Refused, not swallowed: the feed then does not count this entry as delivered, and a rejoin gets it.
            throw new IllegalStateException("Socket.IO client " + socket.id() + " is gone; entry not delivered");
        }
        try {
            forward(entry);
        } catch (RuntimeException e) {
            // the feed belongs to the application: a broken socket must not break its delivery to others
            LOG.warnf(e, "could not forward feed entry %d to Socket.IO %s", entry.sequence(), socket.id());
        }
    }

    @Override
    public void onAgentTyping(boolean typing) {
        socket.emit(EventNames.AGENT_TYPING, new JSONObject().put("typing", typing));
    }

    private void forward(VisitorFeedEntry entry) {
        if (entry instanceof VisitorFeedEntry.Message message) {
            if (message.sender() == Sender.AGENT || message.sender() == Sender.SYSTEM) {
                socket.emit(EventNames.TO_USER, new JSONObject().put("message", shown(message)));
            }
        } else if (entry instanceof VisitorFeedEntry.QueuePosition queue) {
            socket.emit(
                    EventNames.QUEUE_POSITION,
                    new JSONObject()
                            .put("position", queue.position())
                            .put("estimatedWaitSeconds", queue.estimatedWaitSeconds())
                            .put("waitStatus", queue.waitStatusName()));
        } else if (entry instanceof VisitorFeedEntry.AgentAssigned assigned) {
            socket.emit(EventNames.AGENT_JOINED, new JSONObject().putOpt("name", assigned.agentDisplayName()));
        } else if (entry instanceof VisitorFeedEntry.BackInQueue) {
            socket.emit(EventNames.BACK_IN_QUEUE, new JSONObject());
        } else if (entry instanceof VisitorFeedEntry.EndProposed proposed) {
            // to_user first, so a Botlhale widget shows the end message; end_proposed adds the button for those who
            // know it
            socket.emit(EventNames.TO_USER, new JSONObject().put("message", proposed.endMessage()));
            socket.emit(
                    EventNames.END_PROPOSED,
                    new JSONObject().put("message", proposed.endMessage()).put("buttonLabel", proposed.buttonLabel()));
        } else if (entry instanceof VisitorFeedEntry.EndProposalWithdrawn) {
            socket.emit(EventNames.END_PROPOSAL_WITHDRAWN, new JSONObject());
        } else if (entry instanceof VisitorFeedEntry.MessageLeftConfirmed left) {
            socket.emit(
                    EventNames.MESSAGE_LEFT,
                    new JSONObject().put("ConversationID", left.conversationId().value()));
        } else if (entry instanceof VisitorFeedEntry.LeaveMessageOffered offer) {
            socket.emit(EventNames.LEAVE_MESSAGE_OFFERED, new JSONObject().putOpt("message", offer.offlineMessage()));
        } else if (entry instanceof VisitorFeedEntry.Ended ended) {
            if (ended.endMessage() != null && !ended.endMessage().isBlank()) {
                socket.emit(EventNames.TO_USER, new JSONObject().put("message", ended.endMessage()));
            }
            socket.emit(
                    EventNames.CHAT_ENDED,
                    new JSONObject()
                            .put("reason", ended.how().name().toLowerCase(Locale.ROOT))
                            .putOpt("buttonLabel", ended.buttonLabel()));
            socket.endChat();
        }
    }

    /** The agent's words in the visitor's language when the agent side translated them. */
    private static String shown(VisitorFeedEntry.Message message) {
        return message.translation() != null ? message.translation().text() : message.text();
    }
}
