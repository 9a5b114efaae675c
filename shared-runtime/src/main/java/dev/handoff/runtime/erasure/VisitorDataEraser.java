package dev.handoff.runtime.erasure;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * What one service erases of visitors: every service implements it over its own schema (decision 0035), and
 * {@link ErasureRequestsConsumer} calls it for each {@code ErasureRequested} and confirms.
 */
public interface VisitorDataEraser {
    /**
     * Deletes the messages and personal data (names, e-mail addresses, attributes, bot history, previews, free text)
     * of the tenant's listed conversations and, when {@code startedBefore} is set, of every conversation of the
     * tenant that started before it; keeps what aggregates and the service's own bookkeeping need. Runs in the
     * caller's transaction; erasing again changes nothing.
     *
     * @return how many of the conversations this service holds (informational: it appears in the confirmation)
     */
    int erase(TenantId tenant, List<ConversationId> conversations, Instant startedBefore);
}
