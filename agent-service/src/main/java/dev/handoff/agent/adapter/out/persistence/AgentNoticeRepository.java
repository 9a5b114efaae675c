package dev.handoff.agent.adapter.out.persistence;

import dev.handoff.agent.application.port.out.AgentNoticePort;
import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.SequencedNotice;
import dev.handoff.shared.id.AgentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-agent notices in PostgreSQL. Appending also sends a PostgreSQL notification naming each agent;
 * PostgreSQL delivers it to every listening replica only when (and if) the transaction commits, in
 * commit order, which is exactly when the notices become readable.
 */
@ApplicationScoped
public class AgentNoticeRepository implements AgentNoticePort {
    private final EntityManager em;
    private final String channel;

    public AgentNoticeRepository(EntityManager em, @ConfigProperty(name = "agent.notices.channel") String channel) {
        this.em = em;
        this.channel = channel;
    }

    @Override
    public void append(Collection<AgentId> agentIds, AgentNotice notice, Instant now) {
        List<String> ids =
                agentIds.stream().map(AgentId::value).distinct().sorted().toList();
        if (ids.isEmpty()) {
            return;
        }
        // Lock in id order first: the update below may visit rows in any order.
        em.createNativeQuery("select agent_id from agent_presence where agent_id in (?1) order by agent_id for update")
                .setParameter(1, ids)
                .getResultList();
        em.createNativeQuery("with bumped as (update agent_presence set last_seq = last_seq + 1 where agent_id in (?1) "
                        + "returning agent_id, last_seq) insert into agent_notice (agent_id, seq, created_at, kind, payload) "
                        + "select agent_id, last_seq, ?2, ?3, ?4 from bumped")
                .setParameter(1, ids)
                .setParameter(2, now)
                .setParameter(3, NoticeJson.kind(notice))
                .setParameter(4, NoticeJson.payload(notice))
                .executeUpdate();
        em.createNativeQuery("select count(pg_notify(?1, agent_id)) from agent_presence where agent_id in (?2)")
                .setParameter(1, channel)
                .setParameter(2, ids)
                .getSingleResult();
    }

    @Override
    public void skip(AgentId agentId) {
        em.createNativeQuery("update agent_presence set last_seq = last_seq + 1 where agent_id = ?1")
                .setParameter(1, agentId.value())
                .executeUpdate();
    }

    @Override
    public long lastSeq(AgentId agentId) {
        List<?> rows = em.createNativeQuery("select last_seq from agent_presence where agent_id = ?1")
                .setParameter(1, agentId.value())
                .getResultList();
        return rows.isEmpty() ? 0 : SqlValues.number(rows.get(0));
    }

    @Override
    public Map<AgentId, Long> lastSeqs(Collection<AgentId> agentIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select agent_id, last_seq from agent_presence where agent_id in (?1)")
                .setParameter(
                        1, agentIds.stream().map(AgentId::value).distinct().toList())
                .getResultList();
        Map<AgentId, Long> seqs = new HashMap<>();
        rows.forEach(r -> seqs.put(AgentId.of((String) r[0]), SqlValues.number(r[1])));
        return seqs;
    }

    @Override
    public List<SequencedNotice> between(AgentId agentId, long afterSeq, long upToSeq) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select seq, kind, payload from agent_notice "
                        + "where agent_id = ?1 and seq > ?2 and seq <= ?3 order by seq")
                .setParameter(1, agentId.value())
                .setParameter(2, afterSeq)
                .setParameter(3, upToSeq)
                .getResultList();
        return rows.stream()
                .map(r -> new SequencedNotice(SqlValues.number(r[0]), NoticeJson.read((String) r[1], (String) r[2])))
                .toList();
    }

    @Override
    public int prune(Instant olderThan, int keepPerAgent) {
        int old = em.createNativeQuery("delete from agent_notice where created_at < ?1")
                .setParameter(1, olderThan)
                .executeUpdate();
        int surplus = em.createNativeQuery("delete from agent_notice n using agent_presence p "
                        + "where n.agent_id = p.agent_id and n.seq <= p.last_seq - ?1")
                .setParameter(1, keepPerAgent)
                .executeUpdate();
        return old + surplus;
    }
}
