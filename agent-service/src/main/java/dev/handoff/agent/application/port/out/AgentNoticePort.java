package dev.handoff.agent.application.port.out;

import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.SequencedNotice;
import dev.handoff.shared.id.AgentId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Each agent's numbered notices, kept for a while so that a console reconnecting to any replica can
 * catch up. Every replica learns of new notices once their transaction commits.
 */
public interface AgentNoticePort {
    /**
     * Gives each agent the notice under their next seq. Agents are locked in id order, so concurrent
     * appends to overlapping agents never deadlock; seqs therefore become visible in order, without gaps.
     */
    void append(Collection<AgentId> agentIds, AgentNotice notice, Instant now);

    /** Uses up one seq without a notice: marks that notices may be missing from here on. */
    void skip(AgentId agentId);

    /** The agent's newest seq, 0 if none. */
    long lastSeq(AgentId agentId);

    /** The newest seq of each agent that has one. */
    Map<AgentId, Long> lastSeqs(Collection<AgentId> agentIds);

    /** The kept notices with {@code afterSeq < seq <= upToSeq}, oldest first. */
    List<SequencedNotice> between(AgentId agentId, long afterSeq, long upToSeq);

    /** Deletes notices older than {@code olderThan} and all but the newest {@code keepPerAgent} of each agent. */
    int prune(Instant olderThan, int keepPerAgent);
}
