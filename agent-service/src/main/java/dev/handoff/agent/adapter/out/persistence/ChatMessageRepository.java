package dev.handoff.agent.adapter.out.persistence;

import dev.handoff.agent.application.port.out.ChatMessagePort;
import dev.handoff.agent.domain.model.ChatActivity;
import dev.handoff.agent.domain.model.ChatMessage;
import dev.handoff.agent.domain.model.VisitorLines;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.Translation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Chat messages and read marks in PostgreSQL, with plain SQL: rows are written once and read in bulk. */
@ApplicationScoped
public class ChatMessageRepository implements ChatMessagePort {
    private static final String COLUMNS = "conversation_id, sequence, message_id, client_message_id, sender, "
            + "sender_id, sender_name, text, language, sent_at, translation_language, translation_text";
    private static final String UNREAD = "(select count(*) from chat_message u where u.conversation_id = ?1 "
            + "and u.sender = 'VISITOR' and u.sequence > coalesce((select r.read_sequence from chat_read_mark r "
            + "where r.conversation_id = ?1 and r.agent_id = ?2), 0))";

    private final EntityManager em;

    public ChatMessageRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(ChatMessage m) {
        em.createNativeQuery("insert into chat_message (" + COLUMNS + ") "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
                .setParameter(1, m.conversationId().value())
                .setParameter(2, m.sequence())
                .setParameter(3, m.messageId().value())
                .setParameter(4, m.clientMessageId())
                .setParameter(5, m.sender().name())
                .setParameter(6, m.senderId())
                .setParameter(7, m.senderName())
                .setParameter(8, m.text())
                .setParameter(9, m.language())
                .setParameter(10, m.sentAt())
                .setParameter(
                        11, m.translation() == null ? null : m.translation().language())
                .setParameter(
                        12, m.translation() == null ? null : m.translation().text())
                .executeUpdate();
    }

    @Override
    public boolean exists(ConversationId conversationId, MessageId messageId) {
        return !em.createNativeQuery("select 1 from chat_message where conversation_id = ?1 and message_id = ?2")
                .setParameter(1, conversationId.value())
                .setParameter(2, messageId.value())
                .getResultList()
                .isEmpty();
    }

    @Override
    public Optional<ChatMessage> byClientMessageId(ConversationId conversationId, String clientMessageId) {
        return select("where conversation_id = ?1 and client_message_id = ?2", conversationId.value(), clientMessageId)
                .stream()
                .findFirst();
    }

    @Override
    public List<ChatMessage> of(ConversationId conversationId) {
        return select("where conversation_id = ?1 order by sequence", conversationId.value(), null);
    }

    @Override
    public long readMark(ConversationId conversationId, AgentId agent) {
        List<?> rows = em.createNativeQuery(
                        "select read_sequence from chat_read_mark where conversation_id = ?1 " + "and agent_id = ?2")
                .setParameter(1, conversationId.value())
                .setParameter(2, agent.value())
                .getResultList();
        return rows.isEmpty() ? 0 : SqlValues.number(rows.get(0));
    }

    @Override
    public void raiseReadMark(ConversationId conversationId, AgentId agent, long upToSequence, Instant at) {
        em.createNativeQuery("insert into chat_read_mark (conversation_id, agent_id, read_sequence, read_at) "
                        + "values (?1, ?2, ?3, ?4) on conflict (conversation_id, agent_id) do update set "
                        + "read_sequence = greatest(chat_read_mark.read_sequence, excluded.read_sequence), "
                        + "read_at = excluded.read_at")
                .setParameter(1, conversationId.value())
                .setParameter(2, agent.value())
                .setParameter(3, upToSequence)
                .setParameter(4, at)
                .executeUpdate();
    }

    @Override
    public long unread(ConversationId conversationId, AgentId agent) {
        return SqlValues.number(em.createNativeQuery("select " + UNREAD)
                .setParameter(1, conversationId.value())
                .setParameter(2, agent.value())
                .getSingleResult());
    }

    @Override
    public Map<ConversationId, ChatActivity> activity(Collection<ConversationId> conversationIds, AgentId agent) {
        Map<ConversationId, ChatActivity> activity = new HashMap<>();
        // A handful of chats per agent: one small query each keeps the SQL plain.
        for (ConversationId id : conversationIds) {
            long unread = unread(id, agent);
            Optional<ChatMessage> last =
                    select("where conversation_id = ?1 order by sequence desc limit 1", id.value(), null).stream()
                            .findFirst();
            activity.put(id, new ChatActivity(last.orElse(null), unread));
        }
        return activity;
    }

    @Override
    public Map<ConversationId, VisitorLines> visitorLines(Collection<ConversationId> conversationIds) {
        Map<ConversationId, VisitorLines> lines = new HashMap<>();
        if (conversationIds.isEmpty()) {
            return lines;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select conversation_id, count(*), (array_agg(text order by sequence desc))[1] from chat_message
                        where conversation_id = any(string_to_array(?1, ',')) and sender = 'VISITOR'
                        group by conversation_id""")
                .setParameter(
                        1,
                        String.join(
                                ",",
                                conversationIds.stream()
                                        .map(ConversationId::value)
                                        .toList()))
                .getResultList();
        for (Object[] r : rows) {
            lines.put(ConversationId.of((String) r[0]), new VisitorLines(SqlValues.number(r[1]), (String) r[2]));
        }
        return lines;
    }

    private List<ChatMessage> select(String where, String first, String second) {
        var query = em.createNativeQuery("select " + COLUMNS + " from chat_message " + where)
                .setParameter(1, first);
        if (second != null) {
            query.setParameter(2, second);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(ChatMessageRepository::toMessage).toList();
    }

    private static ChatMessage toMessage(Object[] r) {
        return new ChatMessage(
                ConversationId.of((String) r[0]),
                SqlValues.number(r[1]),
                MessageId.of((String) r[2]),
                (String) r[3],
                Sender.valueOf((String) r[4]),
                (String) r[5],
                (String) r[6],
                (String) r[7],
                (String) r[8],
                SqlValues.instant(r[9]),
                r[10] == null || r[11] == null ? null : new Translation((String) r[10], (String) r[11]));
    }
}
