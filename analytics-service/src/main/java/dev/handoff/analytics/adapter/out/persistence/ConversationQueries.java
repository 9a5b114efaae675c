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
 * found by reading the period backwards until the page is full. Words are first looked up in the GIN index alone
 * (at most {@value #FEW_MATCHES} + 1 chats): when they match few chats, or none, the facts are read by those chats'
 * keys (a quoted phrase checked on them); PostgreSQL cannot tell a rare word from a common one well enough to choose that plan itself, and reading a
 * year backwards for a word in a few chats took seconds.
 */
@ApplicationScoped
public class ConversationQueries implements ConversationQueriesPort {
    static final String LIST = "select " + prefixed() + ", f.erased_at, d.visitor_name, d.subject,"
            + " a.display_name from conversation_fact f"
            + " left join conversation_detail d on d.tenant_id = f.tenant_id and d.conversation_id = f.conversation_id"
            + " left join agent_directory a on a.tenant_id = f.tenant_id and a.agent_id = f.agent_id"
            + " where f.tenant_id = ? and f.started_at >= ? and f.started_at < ?";
    private static final String ABANDONED =
            "(f.ended_at is not null and (f.assigned_at is null or f.assigned_at > f.ended_at)"
                    + " or f.expired_at is not null and (f.assigned_at is null or f.assigned_at > f.expired_at))";
    /** Up to this many chats with the words, the search starts from them. */
    static final int FEW_MATCHES = 1000;
    /**
     * The chats with all the words, phrases taken as their words: the GIN index answers that without reading a
     * document, whereas checking a phrase's word order reads each candidate's document (a phrase of two common words
     * read some 30,000 of them to find its first thousand matches at a million chats). The phrase is checked after,
     * on the few chats found or while reading the period backwards.
     */
    static final String MATCHING = "select conversation_id from conversation_text where tenant_id = ?"
            + " and document @@ replace(websearch_to_tsquery('simple', ?)::text, '<->', '&')::tsquery limit ?";
    /**
     * The list over the facts of given chats, read by key first: OFFSET 0 keeps PostgreSQL from reading the period
     * backwards instead and filtering it by the keys (at a million chats it chose that for 844 keys: 280 ms).
     */
    static final String BY_KEYS = LIST.replace(
            " from conversation_fact f",
            " from (select * from conversation_fact" + " where tenant_id = ? and conversation_id = any(?) offset 0) f");

    static final String WORDS = " and exists (select 1 from conversation_text t where t.tenant_id = f.tenant_id"
            + " and t.conversation_id = f.conversation_id and t.document @@ websearch_to_tsquery('simple', ?))";
    private final Sql sql;
    private final TranscriptReader transcripts;

    public ConversationQueries(Sql sql, TranscriptReader transcripts) {
        this.sql = sql;
        this.transcripts = transcripts;
    }

    @Override
    public ConversationPage search(ConversationSearch s) {
        return sql.read(c -> {
            List<String> matching = null;
            if (s.text() != null && !s.text().isBlank()) {
                matching = Sql.list(
                        c, row -> row.getString(1), MATCHING, s.tenantId().value(), s.text(), FEW_MATCHES + 1);
                if (matching.isEmpty()) {
                    return new ConversationPage(List.of(), null);
                }
            }
            boolean few = matching != null && matching.size() <= FEW_MATCHES;
            StringBuilder query = new StringBuilder(few ? BY_KEYS : LIST);
            List<Object> parameters = new ArrayList<>();
            if (few) {
                parameters.add(s.tenantId().value());
                parameters.add(c.createArrayOf("varchar", matching.toArray()));
            }
            parameters.addAll(List.of(s.tenantId().value(), Sql.at(s.from()), Sql.at(s.to())));
            filter(query, parameters, " and f.bot_id = ?", s.bot());
            filter(query, parameters, " and f.team = ?", s.team());
            filter(query, parameters, " and f.agent_id = ? and f.assigned_at is not null", s.agent());
            filter(query, parameters, " and f.channel = ?", s.channel());
            filter(query, parameters, " and f.language = ?", s.language());
            filter(query, parameters, " and f.rating = ?", s.rating());
            if (s.outcome() != null) {
                query.append(
                        switch (s.outcome()) {
                            case ABANDONED -> " and " + ABANDONED;
                            case ACCEPTED -> " and f.assigned_at is not null";
                            case LEFT_MESSAGE ->
                                " and f.message_left_at is not null"
                                        + " and (f.assigned_at is null or f.assigned_at > f.ended_at)";
                        });
            }
            if (matching != null && (!few || s.text().contains("\""))) {
                query.append(WORDS);
                parameters.add(s.text());
            }
            if (s.after() != null) {
                query.append(" and (f.started_at, f.conversation_id) < (?, ?)");
                parameters.add(Sql.at(s.after().startedAt()));
                parameters.add(s.after().conversationId().value());
            }
            query.append(" order by f.started_at desc, f.conversation_id desc limit ?");
            parameters.add(s.limit() + 1);
            return page(Sql.list(c, ConversationQueries::summary, query.toString(), parameters.toArray()), s.limit());
        });
    }

    private static ConversationPage page(List<ConversationSummary> found, int limit) {
        if (found.size() <= limit) {
            return new ConversationPage(found, null);
        }
        ConversationSummary last = found.get(limit - 1);
        return new ConversationPage(
                found.subList(0, limit),
                new ConversationSearch.Cursor(
                        last.chat().startedAt(), last.chat().conversationId()));
    }

    @Override
    public Optional<Transcript> transcript(TenantId tenant, ConversationId conversation) {
        List<ConversationSummary> found = sql.readList(
                ConversationQueries::summary,
                LIST.replace(" and f.started_at >= ? and f.started_at < ?", " and f.conversation_id = ?"),
                tenant.value(),
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
        return new ConversationSummary(
                FactRows.read(row),
                row.getString("display_name"),
                row.getString("visitor_name"),
                row.getString("subject"),
                row.getObject("erased_at") != null);
    }

    /** The fact's columns, read by FactRows, of the table aliased f. */
    private static String prefixed() {
        return String.join(
                ", ",
                java.util.Arrays.stream(FactRows.COLUMNS.split(", "))
                        .map(c -> "f." + c)
                        .toList());
    }
}
