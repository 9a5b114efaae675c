package dev.handoff.analytics.application.port.out;

import dev.handoff.analytics.domain.model.ChatMessages;
import dev.handoff.analytics.domain.model.ConversationStep;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.VisitorInfo;
import java.util.List;

/** Stores what a chat's transcript shows: the visitor, the bot history, messages, steps, subject and comment. */
public interface TranscriptPort {
    /** Stores what the bot said at handoff; a repeat changes nothing. */
    void saveRequest(
            TenantId tenant,
            ConversationId conversation,
            VisitorInfo visitor,
            List<HistoryEntry> botHistory,
            String reason);

    /** Stores each message once, in one round trip; returns those not stored before (by message id). */
    List<MessagePosted> addMessages(List<MessagePosted> messages);

    void addStep(TenantId tenant, ConversationId conversation, ConversationStep step);

    void setSubject(TenantId tenant, ConversationId conversation, String subject);

    void setRatingComment(TenantId tenant, ConversationId conversation, String comment);

    /** Makes {@code text} findable by a transcript search. */
    void addSearchText(TenantId tenant, ConversationId conversation, String text);

    /** Makes each chat's new messages findable by a transcript search, in one round trip for all of them. */
    void addSearchTexts(List<ChatMessages> chats);
}
