package dev.handoff.agent.application.port.out;

import dev.handoff.agent.domain.model.OfflineMessage;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The messages visitors left, per tenant. */
public interface OfflineMessagePort {
    /** Keeps a new message; one already kept for its conversation stays as it is. */
    void record(OfflineMessage message);

    /**
     * A tenant's messages, newest first.
     *
     * @param teams only those left in these team queues or the tenant's; null: every one
     * @param handled only handled (true) or waiting (false) ones; null: both
     */
    List<OfflineMessage> page(TenantId tenant, Set<TeamId> teams, Boolean handled, int offset, int limit);

    /** The tenant's message of that conversation, locked for the current transaction. */
    Optional<OfflineMessage> lock(TenantId tenant, ConversationId conversationId);

    /** Stores who handled it and when. */
    void saveHandled(OfflineMessage message);
}
