package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.domain.model.ConversationSummary;
import dev.handoff.analytics.domain.model.FactState;
import java.time.Instant;
import java.util.Objects;

/**
 * A line of the transcript list. Durations in seconds, null where they do not apply.
 *
 * @param outcome WAITING, OPEN, COMPLETED, ENDED_BY_VISITOR, EXPIRED, ABANDONED_VISITOR_LEFT, ABANDONED_EXPIRED or LEFT_MESSAGE
 * @param erased the transcript was deleted (erasure or retention); the figures remain
 */
public record ConversationItemBody(
        String conversationId,
        Instant startedAt,
        String botId,
        String team,
        String channel,
        String language,
        String agentId,
        String agentName,
        String visitorName,
        String subject,
        String outcome,
        Double waitSeconds,
        Double firstResponseSeconds,
        Double resolutionSeconds,
        int messages,
        int transfers,
        Integer rating,
        boolean erased) {

    static ConversationItemBody of(ConversationSummary s) {
        FactState c = s.chat();
        return new ConversationItemBody(
                c.conversationId().value(),
                c.startedAt(),
                text(c.botId()),
                text(c.team()),
                text(c.channel()),
                c.language(),
                c.accepted() ? text(c.agentId()) : null,
                c.accepted() ? s.agentName() : null,
                s.visitorName(),
                s.subject(),
                s.outcome().name(),
                seconds(c.waitMillis()),
                seconds(c.firstResponseMillis()),
                seconds(c.resolutionMillis()),
                c.messages(),
                c.transfers(),
                c.rating(),
                s.erased());
    }

    static Double seconds(Long millis) {
        return millis == null ? null : millis / 1000.0;
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
