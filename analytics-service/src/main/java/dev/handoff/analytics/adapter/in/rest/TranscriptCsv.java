package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.domain.model.Transcript;
import java.util.Arrays;
import java.util.List;

/** Transcripts and the transcript list as CSV. */
final class TranscriptCsv {
    private TranscriptCsv() {}

    static String list(List<ConversationItemBody> items) {
        StringBuilder csv = new StringBuilder(Csv.line(List.of(
                "conversation_id",
                "started_at",
                "bot",
                "team",
                "channel",
                "language",
                "agent_id",
                "agent",
                "visitor",
                "subject",
                "outcome",
                "wait_s",
                "first_response_s",
                "resolution_s",
                "messages",
                "transfers",
                "rating",
                "erased")));
        for (ConversationItemBody c : items) {
            csv.append(Csv.line(Arrays.asList(
                    c.conversationId(),
                    c.startedAt(),
                    c.botId(),
                    c.team(),
                    c.channel(),
                    c.language(),
                    c.agentId(),
                    c.agentName(),
                    c.visitorName(),
                    c.subject(),
                    c.outcome(),
                    c.waitSeconds(),
                    c.firstResponseSeconds(),
                    c.resolutionSeconds(),
                    c.messages(),
                    c.transfers(),
                    c.rating(),
                    c.erased())));
        }
        return csv.toString();
    }

    /** One line per bot history line, message and step, in time order as the JSON has them. */
    static String transcript(TranscriptBody t) {
        StringBuilder csv = new StringBuilder(Csv.line(
                List.of("at", "kind", "sender", "name", "text", "language", "translation_language", "translation")));
        for (Transcript.BotLine line : t.botHistory()) {
            csv.append(Csv.line(
                    Arrays.asList(line.at(), "BOT_HISTORY", line.sender(), null, line.text(), null, null, null)));
        }
        for (TranscriptBody.Message m : t.messages()) {
            csv.append(Csv.line(Arrays.asList(
                    m.at(),
                    "MESSAGE",
                    m.sender(),
                    m.senderName(),
                    m.text(),
                    m.language(),
                    m.translation() == null ? null : m.translation().language(),
                    m.translation() == null ? null : m.translation().text())));
        }
        for (TranscriptBody.Step s : t.steps()) {
            csv.append(Csv.line(Arrays.asList(
                    s.at(),
                    s.kind(),
                    null,
                    s.agentName() != null ? s.agentName() : s.agentId(),
                    s.detail(),
                    null,
                    null,
                    null)));
        }
        if (t.rating() != null && t.rating().comment() != null) {
            csv.append(Csv.line(Arrays.asList(
                    t.rating().at(),
                    "RATING_COMMENT",
                    "VISITOR",
                    null,
                    t.rating().comment(),
                    null,
                    null,
                    null)));
        }
        return csv.toString();
    }
}
