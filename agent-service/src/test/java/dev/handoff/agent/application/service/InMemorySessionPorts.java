package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.AgentNoticePort;
import dev.handoff.agent.application.port.out.AgentPresencePort;
import dev.handoff.agent.application.port.out.PublishPresencePort;
import dev.handoff.agent.application.port.out.SessionTicketPort;
import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.AgentPresence;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.agent.domain.model.SequencedNotice;
import dev.handoff.agent.domain.model.SessionTicket;
import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Tickets, presence, connections and notices in memory, with what would have been published. */
final class InMemorySessionPorts implements SessionTicketPort, AgentPresencePort, AgentNoticePort, PublishPresencePort {
    final Map<String, SessionTicket> tickets = new HashMap<>();
    final Map<AgentId, AgentPresence> presences =
            new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    final Map<String, AgentId> connections = new HashMap<>();
    final Map<String, Instant> confirmedAt = new HashMap<>();
    final Map<AgentId, Long> lastSeqs = new HashMap<>();
    final Map<AgentId, List<StoredNotice>> notices = new HashMap<>();
    final List<PresenceChanged> published = new ArrayList<>();

    record StoredNotice(SequencedNotice notice, Instant at) {}

    List<AgentNotice> noticesOf(String agent) {
        return notices.getOrDefault(AgentId.of(agent), List.of()).stream()
                .map(s -> s.notice().notice())
                .toList();
    }

    // --- tickets
    @Override
    public void save(SessionTicket ticket) {
        tickets.put(ticket.value(), ticket);
    }

    @Override
    public Optional<SessionTicket> take(String value) {
        return Optional.ofNullable(tickets.remove(value));
    }

    @Override
    public int deleteExpired(Instant now) {
        int before = tickets.size();
        tickets.values().removeIf(t -> t.expiresAt().isBefore(now));
        return before - tickets.size();
    }

    // --- presence
    @Override
    public AgentPresence lockOrStart(AgentProfile profile) {
        return presences.computeIfAbsent(profile.agentId(), a -> AgentPresence.newcomer(profile));
    }

    @Override
    public Optional<AgentPresence> lock(AgentId agentId) {
        return Optional.ofNullable(presences.get(agentId));
    }

    @Override
    public Optional<AgentPresence> find(AgentId agentId) {
        return lock(agentId);
    }

    @Override
    public List<AgentPresence> connectedOrSeenSince(TenantId tenant, Instant seenSince) {
        return presences.values().stream()
                .filter(p -> p.profile().tenantId().equals(tenant))
                .filter(p -> p.reachableSince(seenSince))
                .toList();
    }

    @Override
    public void save(AgentPresence presence) {
        presences.put(presence.profile().agentId(), presence);
    }

    @Override
    public void addConnection(AgentId agentId, String connectionId, Instant now) {
        connections.put(connectionId, agentId);
        confirmedAt.put(connectionId, now);
    }

    @Override
    public boolean removeConnection(String connectionId) {
        confirmedAt.remove(connectionId);
        return connections.remove(connectionId) != null;
    }

    @Override
    public void confirmConnections(Collection<String> connectionIds, Instant now) {
        connectionIds.stream().filter(connections::containsKey).forEach(id -> confirmedAt.put(id, now));
    }

    @Override
    public List<AgentId> removeConnectionsUnconfirmedSince(Instant confirmedBefore) {
        List<String> stale = confirmedAt.entrySet().stream()
                .filter(e -> e.getValue().isBefore(confirmedBefore))
                .map(Map.Entry::getKey)
                .toList();
        List<AgentId> agents = stale.stream()
                .map(connections::get)
                .distinct()
                .sorted((a, b) -> a.value().compareTo(b.value()))
                .toList();
        stale.forEach(this::removeConnection);
        // The real adapter counts connections when it loads a presence; here the counts are adjusted by hand.
        agents.forEach(a -> {
            AgentPresence p = presences.get(a);
            long left = connections.values().stream().filter(a::equals).count();
            presences.put(
                    a,
                    new AgentPresence(
                            p.profile(),
                            p.status(),
                            (int) left,
                            p.lastSeenAt().orElse(null),
                            p.offlineDueAt().orElse(null)));
        });
        return agents;
    }

    @Override
    public List<AgentPresence> lockDueForOffline(Instant now) {
        return presences.values().stream()
                .filter(p -> p.offlineDueAt().filter(due -> !due.isAfter(now)).isPresent())
                .toList();
    }

    // --- notices
    @Override
    public void append(Collection<AgentId> agentIds, AgentNotice notice, Instant now) {
        agentIds.forEach(a -> {
            long seq = lastSeqs.merge(a, 1L, Long::sum);
            notices.computeIfAbsent(a, x -> new ArrayList<>())
                    .add(new StoredNotice(new SequencedNotice(seq, notice), now));
        });
    }

    @Override
    public void skip(AgentId agentId) {
        lastSeqs.merge(agentId, 1L, Long::sum);
    }

    @Override
    public long lastSeq(AgentId agentId) {
        return lastSeqs.getOrDefault(agentId, 0L);
    }

    @Override
    public Map<AgentId, Long> lastSeqs(Collection<AgentId> agentIds) {
        Map<AgentId, Long> result = new HashMap<>();
        agentIds.stream().filter(lastSeqs::containsKey).forEach(a -> result.put(a, lastSeqs.get(a)));
        return result;
    }

    @Override
    public List<SequencedNotice> between(AgentId agentId, long afterSeq, long upToSeq) {
        return notices.getOrDefault(agentId, List.of()).stream()
                .map(StoredNotice::notice)
                .filter(n -> n.seq() > afterSeq && n.seq() <= upToSeq)
                .toList();
    }

    @Override
    public int prune(Instant olderThan, int keepPerAgent) {
        int[] removed = {0};
        notices.forEach((agent, list) -> {
            long last = lastSeqs.getOrDefault(agent, 0L);
            int before = list.size();
            list.removeIf(s -> s.at().isBefore(olderThan) || s.notice().seq() <= last - keepPerAgent);
            removed[0] += before - list.size();
        });
        return removed[0];
    }

    // --- events
    @Override
    public void publish(PresenceChanged event) {
        published.add(event);
    }
}
