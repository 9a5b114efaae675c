package dev.handoff.analytics.adapter.out.persistence;

import dev.handoff.analytics.application.port.out.SummarizeFactsPort;
import dev.handoff.analytics.domain.model.AnalyticsSummary;
import dev.handoff.analytics.domain.model.AnalyticsSummary.AgentConversations;
import dev.handoff.analytics.domain.model.AnalyticsSummary.TimeToAssignment;
import dev.handoff.analytics.domain.model.Period;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/** Computes summaries in PostgreSQL, where the facts are, over the (tenant_id, started_at) index. */
@ApplicationScoped
public class FactSummaryQueries implements SummarizeFactsPort {
    // The wait runs from the request, or from the first queueing when the request never arrived; clock skew
    // between services must not make it negative. It is null for unassigned chats, so the aggregates skip them
    // (greatest() alone would turn null into 0). percentile_disc picks a real wait (nearest rank).
    private static final String WAIT = "(case when assigned_at is not null then greatest(0, extract(epoch from"
            + " (assigned_at - coalesce(requested_at, queued_at)))) end)";
    private static final String IN_PERIOD =
            " from conversation_fact where tenant_id = ?1 and started_at >= ?2 and started_at < ?3";
    private static final String TOTALS = "select count(*), count(assigned_at), count(completed_at), count(ended_at),"
            + " count(expired_at), avg(" + WAIT + "), percentile_disc(0.5) within group (order by " + WAIT + "),"
            + " percentile_disc(0.9) within group (order by " + WAIT + "), avg(rating), count(rating)" + IN_PERIOD;
    private static final String PER_AGENT = "select agent_id, count(*)" + IN_PERIOD
            + " and agent_id is not null and assigned_at is not null group by agent_id order by count(*) desc, agent_id";

    private final EntityManager entityManager;

    public FactSummaryQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public AnalyticsSummary summarize(TenantId tenant, Period period) {
        Object[] totals = (Object[])
                bind(entityManager.createNativeQuery(TOTALS), tenant, period).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> agents =
                bind(entityManager.createNativeQuery(PER_AGENT), tenant, period).getResultList();
        TimeToAssignment wait = new TimeToAssignment(decimal(totals[5]), decimal(totals[6]), decimal(totals[7]));
        List<AgentConversations> perAgent = agents.stream()
                .map(row -> new AgentConversations(AgentId.of((String) row[0]), count(row[1])))
                .toList();
        return new AnalyticsSummary(
                period,
                count(totals[0]),
                count(totals[1]),
                count(totals[2]),
                count(totals[3]),
                count(totals[4]),
                wait,
                perAgent,
                decimal(totals[8]),
                count(totals[9]));
    }

    private static Query bind(Query query, TenantId tenant, Period period) {
        return query.setParameter(1, tenant.value())
                .setParameter(2, period.from())
                .setParameter(3, period.to());
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    /** Rounded to milliseconds (or thousandths of a star): more digits are noise. */
    private static Double decimal(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 1000.0) / 1000.0;
    }
}
