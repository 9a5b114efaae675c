package dev.handoff.analytics.adapter.out.persistence;

import dev.handoff.analytics.application.port.out.ConversationQueriesPort;
import dev.handoff.analytics.domain.model.ConversationPage;
import dev.handoff.analytics.domain.model.ConversationSearch;
import dev.handoff.analytics.domain.model.ConversationSummary;
import dev.handoff.analytics.domain.model.Transcript;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists chats newest first from conversation_fact's (tenant, start) index, or its agent and bot indexes, and the
 * words of conversation_text's GIN index: a filter matching little is found from its index, one matching much is
 * found by reading the period backwards until the page is full.
 */
@ApplicationScoped
public class ConversationQueries implements ConversationQueriesPort {
    static final String LIST = "select " + prefixed() + ", f.erased_at, d.visitor_name, d.subject,"
            + " a.display_name from conversation_fact f"
            + " left join conversation_detail d on d.tenant_id = f.tenant_id and d.conversation_id = f.conversation_id"
            + " left join agent_directory a on a.tenant_id = f.tenant_id and a.agent_id = f.agent_id"
            + " where f.tenant_id = ? and f.started_at >= ? and f.started_at < ?";
    private static final String ABANDONED = "(f.ended_at is not null and (f.assigned_at is null or f.assigned_at > f.ended_at)"
            + " or f.expired_at is not null and (f.assigned_at is null or f.assigned_at > f.expired_at))";
    private final Sql sql;
    private final TranscriptReader transcripts;

    public ConversationQueries(Sql sql, TranscriptReader transcripts) {
        this.sql = sql;
        this.transcripts = transcripts;
    }

    @Override
    public ConversationPage search(ConversationSearch s) {
        StringBuilder query = new StringBuilder(LIST);
        List<Object> parameters = new ArrayList<>(List.of(s.tenantId().value(), Sql.at(s.from()), Sql.at(s.to())));
        filter(query, parameters, " and f.bot_id = ?", s.bot());
        filter(query, parameters, " and f.team = ?", s.team());
        filter(query, parameters, " and f.agent_id = ? and f.assigned_at is not null", s.agent());
        filter(query, parameters, " and f.channel = ?", s.channel());
        filter(query, parameters, " and f.language = ?", s.language());
        filter(query, parameters, " and f.rating = ?", s.rating());
        if (s.abandoned() != null) {
            query.append(s.abandoned() ? " and " + ABANDONED : " and f.assigned_at is not null");
        }
        filter(query, parameters, " and exists (select 1 from conversation_text t where t.tenant_id = f.tenant_id"
                + " and t.conversation_id = f.conversation_id"
                + " and t.document @@ websearch_to_tsquery('simple', ?))", s.text());
        if (s.after() != null) {
            query.append(" and (f.started_at, f.conversation_id) < (?, ?)");
            parameters.add(Sql.at(s.after().startedAt()));
            parameters.add(s.after().conversationId().value());
        }
        query.append(" order by f.started_at desc, f.conversation_id desc limit ?");
        parameters.add(s.limit() + 1);
        List<ConversationSummary> found = sql.list(ConversationQueries::summary, query.toString(), parameters.toArray());
        if (found.size() <= s.limit()) {
            return new ConversationPage(found, null);
        }
        ConversationSummary last = found.get(s.limit() - 1);
        return new ConversationPage(found.subList(0, s.limit()),
                new ConversationSearch.Cursor(last.chat().startedAt(), last.chat().conversationId()));
    }

    @Override
    public Optional<Transcript> transcript(TenantId tenant, ConversationId conversation) {
        List<ConversationSummary> found = sql.list(ConversationQueries::summary, LIST.replace(
                " and f.started_at >= ? and f.started_at < ?", " and f.conversation_id = ?"), tenant.value(),
                conversation.value());
        return found.stream().findFirst().map(summary -> transcripts.read(summary));
    }

    private static void filter(StringBuilder query, List<Object> parameters, String condition, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            query.append(condition);
            parameters.add(value);
        }
    }

    private static ConversationSummary summary(ResultSet row) throws SQLException {
        return new ConversationSummary(FactRows.read(row), row.getString("display_name"),
                row.getString("visitor_name"), row.getString("subject"), row.getObject("erased_at") != null);
    }

    /** The fact's columns, read by FactRows, of the table aliased f. */
    private static String prefixed() {
        return String.join(", ", java.util.Arrays.stream(FactRows.COLUMNS.split(", ")).map(c -> "f." + c).toList());
    }
}
