package dev.handoff.analytics.application.port.out;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.Collection;
import java.util.List;

/** Finds a visitor's chats among the tenant's. */
public interface VisitorsPort {
    /** The chats whose visitor gave this e-mail address (ignoring case). */
    List<ConversationId> conversationsOf(TenantId tenant, String email);

    /** Those of {@code conversations} the tenant has. */
    List<ConversationId> existing(TenantId tenant, Collection<ConversationId> conversations);
}
