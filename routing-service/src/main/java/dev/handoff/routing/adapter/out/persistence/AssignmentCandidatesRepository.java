package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.AssignmentCandidatesPort;
import dev.handoff.routing.domain.model.AssignmentCandidate;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/**
 * Online agents with their load, from the presence snapshot and {@code agent_load}, read without locks (not those
 * routing asked to be set away after lapsed offers, until a newer presence report): no
 * presence or load row is waited for while the conversation's row is locked, and the slot itself is taken
 * afterwards by the conditional update.
 */
@ApplicationScoped
public class AssignmentCandidatesRepository implements AssignmentCandidatesPort {
    private final EntityManager entityManager;

    public AssignmentCandidatesRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<AssignmentCandidate> candidatesFor(ConversationId conversation, QueueKey queue, int defaultLimit) {
        // An agent whose presence names no team serves every team; everyone serves the tenant-wide queue.
        String servesTeam =
                queue.team() == null ? "" : " and (cardinality(p.teams) = 0 or cast(?4 as varchar) = any(p.teams))";
        Query query = Rows.query(entityManager, """
                        select p.agent_id, p.display_name, coalesce(l.active_chats, 0) as active_chats,
                               coalesce(l.max_chats, ?2) as max_chats, l.idle_since,
                               (select count(*) from queue_entry o
                                where o.tenant_id = p.tenant_id and o.offered_to = p.agent_id and o.status = 'OFFERED')
                                 as open_offers,
                               exists (select 1 from passed_over x
                                       where x.conversation_id = ?3 and x.agent_id = p.agent_id) as passed_over
                        from agent_presence p
                        left join agent_load l on l.tenant_id = p.tenant_id and l.agent_id = p.agent_id
                        where p.tenant_id = ?1 and p.status = 'ONLINE'
                          and (l.away_requested_at is null or l.away_requested_at < p.changed_at)""" + servesTeam)
                .setParameter(1, queue.tenant().value())
                .setParameter(2, defaultLimit)
                .setParameter(3, conversation.value());
        if (queue.team() != null) {
            query.setParameter(4, queue.team().value());
        }
        return Rows.all(query).stream()
                .map(row -> new AssignmentCandidate(
                        AgentId.of(Rows.text(row, "agent_id")),
                        Rows.text(row, "display_name"),
                        Rows.integer(row, "active_chats"),
                        Rows.integer(row, "open_offers"),
                        Rows.integer(row, "max_chats"),
                        Rows.instant(row, "idle_since"),
                        Rows.flag(row, "passed_over")))
                .toList();
    }
}
