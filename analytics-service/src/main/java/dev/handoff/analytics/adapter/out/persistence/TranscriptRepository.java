package dev.handoff.analytics.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.analytics.application.port.out.TranscriptPort;
import dev.handoff.analytics.domain.model.ChatMessages;
import dev.handoff.analytics.domain.model.ConversationStep;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.VisitorInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

/** Transcripts in PostgreSQL: details, messages, steps, and each chat's words for search. */
@ApplicationScoped
public class TranscriptRepository implements TranscriptPort {
    // 'simple': no stemming or stop words, so any language is found word for word.
    private static final String ADD_MESSAGE = "insert into transcript_message (tenant_id, conversation_id, message_id,"
            + " occurred_at, sender, sender_id, sender_name, body, language, translation_language, translation_text)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing";
    private static final String ADD_TEXT = "insert into conversation_text as t (tenant_id, conversation_id, document)"
            + " values (?, ?, to_tsvector('simple', ?)) on conflict (tenant_id, conversation_id)"
            + " do update set document = t.document || excluded.document";
    private final Sql sql;
    private final ObjectMapper json;

    public TranscriptRepository(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public void saveRequest(
            TenantId tenant,
            ConversationId conversation,
            VisitorInfo visitor,
            List<HistoryEntry> botHistory,
            String reason) {
        sql.update(
                "insert into conversation_detail as d (tenant_id, conversation_id, visitor_name, visitor_email,"
                        + " visitor_locale, visitor_attributes, bot_history, reason) values (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (tenant_id, conversation_id) do update set visitor_name = excluded.visitor_name,"
                        + " visitor_email = excluded.visitor_email, visitor_locale = excluded.visitor_locale,"
                        + " visitor_attributes = excluded.visitor_attributes, bot_history = excluded.bot_history,"
                        + " reason = excluded.reason",
                tenant.value(),
                conversation.value(),
                visitor.name(),
                visitor.email(),
                visitor.locale(),
                write(visitor.attributes()),
                write(botHistory),
                reason);
    }

    @Override
    public List<MessagePosted> addMessages(List<MessagePosted> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        return sql.run(c -> {
            try (PreparedStatement insert = c.prepareStatement(ADD_MESSAGE)) {
                for (MessagePosted m : messages) {
                    Object[] values = {
                        m.tenantId().value(),
                        m.conversationId().value(),
                        m.messageId().value(),
                        Sql.at(m.occurredAt()),
                        m.sender().name(),
                        m.senderId(),
                        m.senderName(),
                        m.text(),
                        m.language(),
                        m.translation() == null ? null : m.translation().language(),
                        m.translation() == null ? null : m.translation().text()
                    };
                    for (int i = 0; i < values.length; i++) {
                        insert.setObject(i + 1, values[i]);
                    }
                    insert.addBatch();
                }
                // one count per message, in order: 0 where its id was stored already
                int[] inserted = insert.executeBatch();
                List<MessagePosted> added = new ArrayList<>(messages.size());
                for (int i = 0; i < inserted.length; i++) {
                    if (inserted[i] == 1) {
                        added.add(messages.get(i));
                    }
                }
                return added;
            }
        });
    }

    @Override
    public void addStep(TenantId tenant, ConversationId conversation, ConversationStep step) {
        sql.update(
                "insert into conversation_step (tenant_id, conversation_id, event_id, occurred_at, kind, agent_id,"
                        + " agent_name, to_agent_id, team, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                tenant.value(),
                conversation.value(),
                step.eventId(),
                step.at(),
                step.kind().name(),
                step.agentId(),
                step.agentName(),
                step.toAgentId(),
                step.team(),
                step.detail());
    }

    @Override
    public void setSubject(TenantId tenant, ConversationId conversation, String subject) {
        detail(tenant, conversation, "subject", subject);
    }

    @Override
    public void setRatingComment(TenantId tenant, ConversationId conversation, String comment) {
        detail(tenant, conversation, "rating_comment", comment);
    }

    @Override
    public void addSearchText(TenantId tenant, ConversationId conversation, String text) {
        if (text != null && !text.isBlank()) {
            sql.update(ADD_TEXT, tenant.value(), conversation.value(), text);
        }
    }

    @Override
    public void addSearchTexts(List<ChatMessages> chats) {
        sql.run(c -> {
            try (PreparedStatement insert = c.prepareStatement(ADD_TEXT)) {
                for (ChatMessages chat : chats) {
                    if (!chat.words().isBlank()) {
                        insert.setString(1, chat.tenant().value());
                        insert.setString(2, chat.conversation().value());
                        insert.setString(3, chat.words());
                        insert.addBatch();
                    }
                }
                return insert.executeBatch();
            }
        });
    }

    private void detail(TenantId tenant, ConversationId conversation, String column, String value) {
        sql.update(
                "insert into conversation_detail (tenant_id, conversation_id, " + column + ") values (?, ?, ?)"
                        + " on conflict (tenant_id, conversation_id) do update set " + column + " = excluded." + column,
                tenant.value(),
                conversation.value(),
                value);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
