package dev.handoff.routing.application.port.out;

import dev.handoff.routing.domain.model.QueueEntry;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.List;

/** The queues in PostgreSQL. */
public interface QueuePort {
    /** Adds the entry; false if the conversation was already queued (or handled) before. */
    boolean addIfAbsent(QueueEntry entry);

    /** The 1-based position of a waiting conversation in its own queue; offered conversations are still in line. */
    int positionOf(ConversationId conversationId);

    /** Waiting (and offered) entries of a tenant: highest priority first, then first come. */
    List<QueueEntry> waiting(TenantId tenant);
}
