package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.domain.model.AnalyticsSummary;
import java.time.Instant;
import java.util.List;

/**
 * The live chat figures of the caller's tenant. Times are in seconds; figures over no chats are null.
 *
 * @param conversationsPerAgent assigned chats per agent (the agent holding each last), busiest first
 */
public record SummaryBody(
        Instant from,
        Instant to,
        long handoffRequests,
        long assigned,
        long completed,
        long endedByVisitor,
        long expired,
        Wait timeToAssignment,
        List<AgentLoad> conversationsPerAgent,
        Double averageRating,
        long ratings) {

    /** How long visitors waited for their first agent. */
    public record Wait(Double averageSeconds, Double p50Seconds, Double p90Seconds) {}

    /** How many chats an agent held. */
    public record AgentLoad(String agentId, long conversations) {}

    static SummaryBody of(AnalyticsSummary s) {
        AnalyticsSummary.TimeToAssignment t = s.timeToAssignment();
        return new SummaryBody(
                s.period().from(),
                s.period().to(),
                s.handoffRequests(),
                s.assigned(),
                s.completed(),
                s.endedByVisitor(),
                s.expired(),
                new Wait(t.averageSeconds(), t.p50Seconds(), t.p90Seconds()),
                s.conversationsPerAgent().stream()
                        .map(a -> new AgentLoad(a.agentId().value(), a.conversations()))
                        .toList(),
                s.averageRating(),
                s.ratings());
    }
}
