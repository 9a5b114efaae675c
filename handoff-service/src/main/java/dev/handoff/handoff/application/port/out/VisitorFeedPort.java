package dev.handoff.handoff.application.port.out;

import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.id.ConversationId;
import java.util.List;

/** The numbered feed of what each visitor is shown. */
public interface VisitorFeedPort {
    void append(VisitorFeedEntry entry);

    /** At most {@code limit} entries after {@code afterSequence}, in order. */
    List<VisitorFeedEntry> after(ConversationId conversationId, long afterSequence, int limit);

    /**
     * Appends a chat message unless the chat's feed already holds its message id; a number already taken still
     * fails, as in {@link #append}.
     *
     * @return false, and nothing stored, if the message was there already
     */
    boolean appendMessage(VisitorFeedEntry.Message message);
}
