package dev.handoff.shared.event;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.Translation;
import java.time.Instant;
import java.util.UUID;

/**
 * A message in a live chat. Its text is stored verbatim; readers escape it on output.
 *
 * @param messageId chosen by the writing client; a resend with the same id is the same message
 * @param senderId the agent id for agent messages, else null
 * @param senderName what the other side sees as the author, may be null
 * @param language the language of {@code text} (BCP 47), may be null
 * @param translation {@code text} in the reader's language, or null
 */
public record MessagePosted(
        UUID eventId,
        Instant occurredAt,
        TenantId tenantId,
        ConversationId conversationId,
        MessageId messageId,
        Sender sender,
        String senderId,
        String senderName,
        String text,
        String language,
        Translation translation)
        implements ConversationEvent {}
