package dev.handoff.agent.adapter.out.persistence;

import dev.handoff.runtime.erasure.StatementErasure;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

/**
 * agent-service's part of an erasure (decision 0035): the chat's messages and translations go, and so do the
 * messages the visitor left, and the socket notices that repeat them (any naming the chat, and for retention every notice older than the cutoff); the
 * conversation row stays, without the visitor, the bot history and the subject, for its state and holder.
 */
@Singleton
public class VisitorDataErasure extends StatementErasure {
    private static final String CHATS =
            "select id from agent_conversation where tenant_id = ?" + " and (id = any(?) or requested_at < ?)";

    public VisitorDataErasure(EntityManager entityManager) {
        super(
                entityManager,
                "delete from chat_message where conversation_id in (" + CHATS + ")",
                "delete from agent_notice n using agent_presence p where p.agent_id = n.agent_id and p.tenant_id = ?"
                        + " and (exists (select 1 from unnest(?::varchar[]) c where position(c in n.payload) > 0)"
                        + " or n.created_at < ?)",
                "delete from offline_message where conversation_id in (" + CHATS + ")",
                "update agent_conversation set visitor_name = null, visitor_email = null, visitor_locale = null,"
                        + " visitor_attributes = null, bot_history = null, subject = null where id in (" + CHATS + ")");
    }
}
