package dev.handoff.agent.adapter.out.persistence;

import dev.handoff.agent.application.port.out.ChatWatchPort;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** Supervisors' watched chats in {@code chat_watch}, one row per supervisor. */
@ApplicationScoped
public class ChatWatchRepository implements ChatWatchPort {
    private final EntityManager em;

    public ChatWatchRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void watch(AgentId supervisor, TenantId tenant, ConversationId conversation, Instant now) {
        em.createNativeQuery("insert into chat_watch (agent_id, tenant_id, conversation_id, started_at) "
                        + "values (?1, ?2, ?3, ?4) on conflict (agent_id) do update set tenant_id = excluded.tenant_id, "
                        + "conversation_id = excluded.conversation_id, started_at = excluded.started_at")
                .setParameter(1, supervisor.value())
                .setParameter(2, tenant.value())
                .setParameter(3, conversation.value())
                .setParameter(4, now)
                .executeUpdate();
    }

    @Override
    public boolean stop(AgentId supervisor) {
        return em.createNativeQuery("delete from chat_watch where agent_id = ?1")
                        .setParameter(1, supervisor.value())
                        .executeUpdate()
                > 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AgentId> watchersOf(ConversationId conversation) {
        List<String> ids = em.createNativeQuery(
                        "select agent_id from chat_watch where conversation_id = ?1 " + "order by agent_id")
                .setParameter(1, conversation.value())
                .getResultList();
        return ids.stream().map(AgentId::of).toList();
    }
}
