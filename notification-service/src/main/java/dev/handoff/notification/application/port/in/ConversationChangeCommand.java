package dev.handoff.notification.application.port.in;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.Objects;

/**
 * Something that happened to a conversation.
 *
 * @param agentId who holds it now ({@link Change#ASSIGNED} only)
 * @param position the queue place ({@link Change#QUEUED}, {@link Change#MOVED})
 */
public record ConversationChangeCommand(
        TenantId tenantId,
        ConversationId conversationId,
        Change change,
        AgentId agentId,
        String agentName,
        int position,
        long estimatedWaitSeconds) {
    /** The changes mails care about. */
    public enum Change {
        /** Routing queued it. */
        QUEUED,
        /** Its place or estimated wait changed. */
        MOVED,
        /** An agent holds it now. */
        ASSIGNED,
        /** It went back to a queue. */
        BACK_IN_QUEUE,
        /** Completed, ended by the visitor, or expired. */
        ENDED
    }

    public ConversationChangeCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(change, "change");
        if (change == Change.ASSIGNED) {
            Objects.requireNonNull(agentId, "agentId");
        }
    }

    /** A change that names no agent and no place. */
    public static ConversationChangeCommand of(TenantId tenant, ConversationId conversation, Change change) {
        return new ConversationChangeCommand(tenant, conversation, change, null, null, 0, 0);
    }
}
