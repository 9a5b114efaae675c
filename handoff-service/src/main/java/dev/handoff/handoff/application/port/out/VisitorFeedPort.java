package dev.handoff.handoff.application.port.out;

import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import java.util.List;

/** The numbered feed of what each visitor is shown. */
public interface VisitorFeedPort {
    void append(VisitorFeedEntry entry);

    /** At most {@code limit} entries after {@code afterSequence}, in order. */
    List<VisitorFeedEntry> after(ConversationId conversationId, long afterSequence, int limit);

    boolean containsMessage(ConversationId conversationId, MessageId messageId);
}
