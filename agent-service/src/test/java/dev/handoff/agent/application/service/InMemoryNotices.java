package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.AgentNoticePort;
import dev.handoff.agent.application.service.InMemoryAgentTables.StoredNotice;
import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.SequencedNotice;
import dev.handoff.shared.id.AgentId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each agent's numbered notices in memory, numbered on their presence row as the adapter does. */
final class InMemoryNotices implements AgentNoticePort {
    private final InMemoryAgentTables tables;

    InMemoryNotices(InMemoryAgentTables tables) {
        this.tables = tables;
    }

    /** The notices the agent still has, oldest first. */
    List<AgentNotice> of(String agent) {
        return tables.noticesOf(AgentId.of(agent)).stream()
                .map(s -> s.notice().notice())
                .toList();
    }

    @Override
    public void append(Collection<AgentId> agentIds, AgentNotice notice, Instant now) {
        agentIds.stream().distinct().filter(tables.presences::containsKey).forEach(a -> {
            long seq = tables.lastSeqs.merge(a, 1L, Long::sum);
            tables.noticesOf(a).add(new StoredNotice(new SequencedNotice(seq, notice), now));
        });
    }

    @Override
    public void skip(AgentId agentId) {
        if (tables.presences.containsKey(agentId)) {
            tables.lastSeqs.merge(agentId, 1L, Long::sum);
        }
    }

    @Override
    public long lastSeq(AgentId agentId) {
        return tables.lastSeqs.getOrDefault(agentId, 0L);
    }

    @Override
    public Map<AgentId, Long> lastSeqs(Collection<AgentId> agentIds) {
        Map<AgentId, Long> result = new HashMap<>();
        agentIds.stream().filter(tables.presences::containsKey).forEach(a -> result.put(a, lastSeq(a)));
        return result;
    }

    @Override
    public List<SequencedNotice> between(AgentId agentId, long afterSeq, long upToSeq) {
        return tables.noticesOf(agentId).stream()
                .map(StoredNotice::notice)
                .filter(n -> n.seq() > afterSeq && n.seq() <= upToSeq)
                .toList();
    }

    @Override
    public int prune(Instant olderThan, int keepPerAgent) {
        int removed = 0;
        for (Map.Entry<AgentId, List<StoredNotice>> agent : tables.notices.entrySet()) {
            long last = lastSeq(agent.getKey());
            int before = agent.getValue().size();
            agent.getValue()
                    .removeIf(s -> s.at().isBefore(olderThan) || s.notice().seq() <= last - keepPerAgent);
            removed += before - agent.getValue().size();
        }
        return removed;
    }
}
