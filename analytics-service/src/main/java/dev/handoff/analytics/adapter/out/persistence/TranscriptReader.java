package dev.handoff.analytics.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.analytics.domain.model.ConversationStep;
import dev.handoff.analytics.domain.model.ConversationSummary;
import dev.handoff.analytics.domain.model.StepKind;
import dev.handoff.analytics.domain.model.Transcript;
import dev.handoff.analytics.domain.model.TranscriptLine;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the rest of a transcript once its chat is found: details, messages and steps by primary key prefix. */
@ApplicationScoped
class TranscriptReader {
    private final Sql sql;
    private final ObjectMapper json;

    TranscriptReader(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    Transcript read(ConversationSummary summary) {
        String tenant = summary.chat().tenantId().value();
        String conversation = summary.chat().conversationId().value();
        Details d = sql
                .readList(
                        row -> new Details(
                                row.getString("visitor_name"),
                                row.getString("visitor_email"),
                                row.getString("visitor_locale"),
                                row.getString("visitor_attributes"),
                                row.getString("bot_history"),
                                row.getString("reason"),
                                row.getString("subject"),
                                row.getString("rating_comment")),
                        "select * from conversation_detail where tenant_id = ? and conversation_id = ?",
                        tenant,
                        conversation)
                .stream()
                .findFirst()
                .orElse(Details.NONE);
        List<TranscriptLine> messages = sql.readList(
                TranscriptReader::line,
                "select * from transcript_message"
                        + " where tenant_id = ? and conversation_id = ? order by occurred_at, message_id",
                tenant,
                conversation);
        List<ConversationStep> steps = sql.readList(
                TranscriptReader::step,
                "select s.*, coalesce(s.agent_name,"
                        + " a.display_name) as name from conversation_step s left join agent_directory a"
                        + " on a.tenant_id = s.tenant_id and a.agent_id = s.agent_id"
                        + " where s.tenant_id = ? and s.conversation_id = ? order by s.occurred_at, s.recorded",
                tenant,
                conversation);
        Instant ratedAt = steps.stream()
                .filter(s -> s.kind() == StepKind.RATED)
                .map(ConversationStep::at)
                .reduce((first, second) -> second)
                .orElse(null);
        Transcript.Visitor visitor = d.attributes() == null
                ? null
                : new Transcript.Visitor(
                        d.name(), d.email(), d.locale(), read(d.attributes(), new TypeReference<>() {}, Map.of()));
        return new Transcript(
                summary.chat(),
                summary.agentName(),
                visitor,
                d.reason(),
                d.subject(),
                read(d.botHistory(), new TypeReference<List<Transcript.BotLine>>() {}, List.of()),
                messages,
                steps,
                d.ratingComment(),
                ratedAt,
                summary.erased());
    }

    /** A conversation_detail row; attributes are set for every chat whose request arrived. */
    private record Details(
            String name,
            String email,
            String locale,
            String attributes,
            String botHistory,
            String reason,
            String subject,
            String ratingComment) {
        static final Details NONE = new Details(null, null, null, null, null, null, null, null);
    }

    private static TranscriptLine line(ResultSet row) throws SQLException {
        return new TranscriptLine(
                row.getString("message_id"),
                Sql.instant(row, "occurred_at"),
                row.getString("sender"),
                row.getString("sender_id"),
                row.getString("sender_name"),
                row.getString("body"),
                row.getString("language"),
                row.getString("translation_language"),
                row.getString("translation_text"));
    }

    private static ConversationStep step(ResultSet row) throws SQLException {
        return new ConversationStep(
                row.getObject("event_id", UUID.class),
                Sql.instant(row, "occurred_at"),
                StepKind.valueOf(row.getString("kind")),
                row.getString("agent_id"),
                row.getString("name"),
                row.getString("to_agent_id"),
                row.getString("team"),
                row.getString("detail"));
    }

    private <T> T read(String text, TypeReference<T> type, T empty) {
        if (text == null) {
            return empty;
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored transcript part is not the JSON it was written as", e);
        }
    }
}
