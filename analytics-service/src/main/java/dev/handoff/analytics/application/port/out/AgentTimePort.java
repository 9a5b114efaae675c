package dev.handoff.analytics.application.port.out;

import dev.handoff.analytics.domain.model.ChatHold;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;

/** Stores agents' sign-in spans and chat holds, the two halves of occupancy. */
public interface AgentTimePort {
    /**
     * Records an agent's presence: a span opens when they sign in, closes when they sign out, and a change of teams
     * while signed in starts a new span. An event older than the agent's latest is ignored.
     *
     * @return when the changed time starts (a closed span's start), or null if nothing changed
     */
    Instant presence(TenantId tenant, AgentId agent, boolean signedIn, List<String> teams, Instant at);

    /** Opens {@code agent}'s hold of the chat. */
    void openHold(TenantId tenant, ConversationId conversation, AgentId agent, Instant at);

    /** Closes the chat's open holds at {@code at} and returns them as they were before. */
    List<ChatHold> closeHolds(TenantId tenant, ConversationId conversation, Instant at);

    /** Tenants with an agent signed in or a chat held now: their current hour changes without events. */
    List<TenantId> tenantsWithOpenTime();
}
