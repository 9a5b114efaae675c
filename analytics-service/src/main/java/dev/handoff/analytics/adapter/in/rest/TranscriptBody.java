package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.domain.model.ConversationStep;
import dev.handoff.analytics.domain.model.ConversationSummary;
import dev.handoff.analytics.domain.model.Transcript;
import dev.handoff.analytics.domain.model.TranscriptLine;
import java.time.Instant;
import java.util.List;

/**
 * One chat in full: its figures, the visitor, the bot history, every message with its translation, what happened
 * to it (queued, assigned, transfers, end) and its rating. After an erasure only the figures remain.
 */
public record TranscriptBody(
        ConversationItemBody conversation,
        Instant assignedAt,
        Instant endedAt,
        Transcript.Visitor visitor,
        String reason,
        List<Transcript.BotLine> botHistory,
        List<Message> messages,
        List<Step> steps,
        Rating rating) {

    /** @param translation the text as the other side was shown it, or null */
    public record Message(
            String messageId,
            Instant at,
            String sender,
            String senderId,
            String senderName,
            String text,
            String language,
            Translation translation) {}

    public record Translation(String language, String text) {}

    /**
     * @param kind QUEUED, ASSIGNED, REQUEUED, TRANSFERRED, SUBJECT_CHANGED, COMPLETED, ENDED_BY_VISITOR, EXPIRED, RATED,
     *     LEFT_MESSAGE
     * @param detail the assignment method, requeue reason or rating
     */
    public record Step(
            Instant at, String kind, String agentId, String agentName, String toAgentId, String team, String detail) {}

    public record Rating(int score, String comment, Instant at) {}

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
