package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.domain.model.ConversationSummary;
import dev.handoff.analytics.domain.model.FactState;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A line of the transcript list. Durations in seconds, null where they do not apply.
 *
 * @param outcome WAITING, OPEN, COMPLETED, ENDED_BY_VISITOR, EXPIRED, ABANDONED_VISITOR_LEFT, ABANDONED_EXPIRED or LEFT_MESSAGE
 * @param erased the transcript was deleted (erasure or retention); the figures remain
 */
public record ConversationItemBody(
        String conversationId,
        Instant startedAt,
        @Schema(nullable = true) String botId,
        @Schema(nullable = true) String team,
        @Schema(nullable = true) String channel,
        @Schema(nullable = true) String language,
        @Schema(nullable = true) String agentId,
        @Schema(nullable = true) String agentName,
        @Schema(nullable = true) String visitorName,
        @Schema(nullable = true) String subject,
        String outcome,
        @Schema(nullable = true) Double waitSeconds,
        @Schema(nullable = true) Double firstResponseSeconds,
        @Schema(nullable = true) Double resolutionSeconds,
        int messages,
        int transfers,
        @Schema(nullable = true) Integer rating,
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
