package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.domain.model.ConversationStep;
import dev.handoff.analytics.domain.model.ConversationSummary;
import dev.handoff.analytics.domain.model.Transcript;
import dev.handoff.analytics.domain.model.TranscriptLine;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One chat in full: its figures, the visitor, the bot history, every message with its translation, what happened
 * to it (queued, assigned, transfers, end) and its rating. After an erasure only the figures remain.
 */
public record TranscriptBody(
        ConversationItemBody conversation,
        @Schema(nullable = true) Instant assignedAt,
        @Schema(nullable = true) Instant endedAt,
        @Schema(nullable = true) Transcript.Visitor visitor,
        @Schema(nullable = true) String reason,
        List<Transcript.BotLine> botHistory,
        List<Message> messages,
        List<Step> steps,
        @Schema(nullable = true) Rating rating) {

    /** @param translation the text as the other side was shown it, or null */
    public record Message(
            String messageId,
            Instant at,
            String sender,
            @Schema(nullable = true) String senderId,
            @Schema(nullable = true) String senderName,
            String text,
            @Schema(nullable = true) String language,
            @Schema(nullable = true) Translation translation) {}

    public record Translation(String language, String text) {}

    /**
     * @param kind QUEUED, ASSIGNED, REQUEUED, TRANSFERRED, SUBJECT_CHANGED, COMPLETED, ENDED_BY_VISITOR, EXPIRED, RATED,
     *     LEFT_MESSAGE
     * @param detail the assignment method, requeue reason or rating
     */
    public record Step(
            Instant at,
            String kind,
            @Schema(nullable = true) String agentId,
            @Schema(nullable = true) String agentName,
            @Schema(nullable = true) String toAgentId,
            @Schema(nullable = true) String team,
            @Schema(nullable = true) String detail) {}

    public record Rating(
            int score,
            @Schema(nullable = true) String comment,
            @Schema(nullable = true) Instant at) {}

    static TranscriptBody of(Transcript t) {
        ConversationItemBody conversation = ConversationItemBody.of(new ConversationSummary(
                t.chat(),
                t.agentName(),
                t.visitor() == null ? null : t.visitor().name(),
                t.subject(),
                t.erased()));
        return new TranscriptBody(
                conversation,
                t.chat().assignedAt(),
                t.chat().endAt(),
                t.visitor(),
                t.reason(),
                t.botHistory(),
                t.messages().stream().map(TranscriptBody::message).toList(),
                t.steps().stream().map(TranscriptBody::step).toList(),
                t.chat().rating() == null ? null : new Rating(t.chat().rating(), t.ratingComment(), t.ratedAt()));
    }

    private static Message message(TranscriptLine m) {
        return new Message(
                m.messageId(),
                m.at(),
                m.sender(),
                m.senderId(),
                m.senderName(),
                m.text(),
                m.language(),
                m.translation() == null ? null : new Translation(m.translationLanguage(), m.translation()));
    }

    private static Step step(ConversationStep s) {
        return new Step(s.at(), s.kind().name(), s.agentId(), s.agentName(), s.toAgentId(), s.team(), s.detail());
    }
}
