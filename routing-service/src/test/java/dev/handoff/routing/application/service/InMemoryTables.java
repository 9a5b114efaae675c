package dev.handoff.routing.application.service;

import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.Offer;
import dev.handoff.routing.domain.model.PassOverReason;
import dev.handoff.routing.domain.model.QueueEntry;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The rows the in-memory fakes share, as the PostgreSQL adapters share tables: queue entries (insertion order is
 * arrival order, {@code seq}), agent loads keyed by tenant and agent, and who was passed over for what.
 */
final class InMemoryTables {
    /** The key of an {@code agent_load} row. */
    record LoadKey(TenantId tenant, AgentId agent) {}

    /** One {@code agent_load} row. */
    static final class Load {
        int active;
        Integer ownLimit;
        /** When the agent last took or gave back a slot; a counter stands in for the database clock. */
        Instant idleSince;

        int missedOffers;
        Instant awayRequested;
    }

    final Map<ConversationId, ConversationHold> holds = new LinkedHashMap<>();
    /** What the enqueue noted of each conversation (visitor, bot, preview), where it went through it. */
    final Map<ConversationId, QueueEntry> entries = new HashMap<>();
    /** When conversations were queued, where the test or the enqueue said. */
    final Map<ConversationId, Instant> arrivals = new HashMap<>();

    final Map<LoadKey, Load> loads = new HashMap<>();
    final Map<String, PassOverReason> passedOver = new HashMap<>();
    /** Conversations another transaction has locked: the skip-locked reads pass them by. */
    final Set<ConversationId> lockedElsewhere = new HashSet<>();

    private Instant databaseClock = Instant.parse("2026-11-23T08:00:00Z");

    /** Queues the entry as the enqueue does, waiting at the back of its queue. */
    void queue(QueueEntry entry) {
        holds.putIfAbsent(
                entry.conversationId(),
                new ConversationHold(
                        entry.conversationId(),
                        entry.tenantId(),
                        entry.team(),
                        entry.priority(),
                        QueueStatus.WAITING,
                        null));
        arrivals.putIfAbsent(entry.conversationId(), entry.enqueuedAt());
        entries.putIfAbsent(entry.conversationId(), entry);
    }

    void waiting(String id, TenantId tenant, TeamId team) {
        holds.put(
                ConversationId.of(id),
                new ConversationHold(ConversationId.of(id), tenant, team, 0, QueueStatus.WAITING, null));
    }

    /** A conversation the agent holds, with the slot it takes. */
    void held(String id, TenantId tenant, TeamId team, String agent) {
        holds.put(
                ConversationId.of(id),
                new ConversationHold(ConversationId.of(id), tenant, team, 0, QueueStatus.ASSIGNED, AgentId.of(agent)));
        load(tenant, AgentId.of(agent)).active++;
    }

    /** A conversation offered to the agent until {@code expiresAt}. */
    void offered(String id, TenantId tenant, TeamId team, String agent, Instant expiresAt) {
        holds.put(
                ConversationId.of(id),
                new ConversationHold(
                        ConversationId.of(id),
                        tenant,
                        team,
                        0,
                        QueueStatus.OFFERED,
                        null,
                        new Offer(AgentId.of(agent), expiresAt)));
    }

    ConversationHold hold(String id) {
        return holds.get(ConversationId.of(id));
    }

    /** The agent's row, made empty (as the insert of the first slot makes it) when there is none. */
    Load load(TenantId tenant, AgentId agent) {
        return loads.computeIfAbsent(new LoadKey(tenant, agent), k -> new Load());
    }

    /** The agent's row, or null when there is none. */
    Load loadOrNull(TenantId tenant, AgentId agent) {
        return loads.get(new LoadKey(tenant, agent));
    }

    int activeOf(TenantId tenant, String agent) {
        Load load = loadOrNull(tenant, AgentId.of(agent));
        return load == null ? 0 : load.active;
    }

    Instant awayRequestedOf(TenantId tenant, String agent) {
        Load load = loadOrNull(tenant, AgentId.of(agent));
        return load == null ? null : load.awayRequested;
    }

    int missedOffersOf(TenantId tenant, String agent) {
        Load load = loadOrNull(tenant, AgentId.of(agent));
        return load == null ? 0 : load.missedOffers;
    }

    /** Replaces the conversation's row; replacing a key keeps its place in a LinkedHashMap, its arrival. */
    void replace(ConversationId id, TeamId team, QueueStatus status, AgentId holder, Offer offer, String holderName) {
        ConversationHold h = holds.get(id);
        holds.put(id, new ConversationHold(id, h.tenantId(), team, h.priority(), status, holder, offer, holderName));
    }

    /** Throws as the adapters' guarded UPDATEs do when the locked row is not in the status they expect. */
    ConversationHold expect(ConversationId id, Set<QueueStatus> statuses) {
        ConversationHold h = holds.get(id);
        if (h == null || !statuses.contains(h.status())) {
            throw new IllegalStateException(id.value() + " was not " + statuses + " although locked");
        }
        return h;
    }

    /** Waiting, or offered: to its visitor an offered conversation is still in line. */
    static boolean inLine(ConversationHold h) {
        return h.status() == QueueStatus.WAITING || h.status() == QueueStatus.OFFERED;
    }

    static String passKey(ConversationId id, AgentId agent) {
        return id.value() + "/" + agent.value();
    }

    boolean passedOver(ConversationId id, AgentId agent) {
        return passedOver.containsKey(passKey(id, agent));
    }

    /** The database clock: one second later at every read. */
    Instant tick() {
        databaseClock = databaseClock.plusSeconds(1);
        return databaseClock;
    }
}
