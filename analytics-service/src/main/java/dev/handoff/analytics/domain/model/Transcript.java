package dev.handoff.analytics.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything kept about one chat: its figures, the visitor, the bot history, messages and steps in time order.
 * After an erasure only {@code chat} and {@code erased} are left.
 *
 * @param botHistory what was said to the bot before the handoff (sender, text, at)
 */
public record Transcript(
        FactState chat,
        String agentName,
        Visitor visitor,
        String reason,
        String subject,
        List<BotLine> botHistory,
        List<TranscriptLine> messages,
        List<ConversationStep> steps,
        String ratingComment,
        Instant ratedAt,
        boolean erased) {

    /** What the bot knew about the visitor. */
    public record Visitor(String name, String email, String locale, Map<String, String> attributes) {}

    /** A line of the bot conversation before the handoff. */
    public record BotLine(String sender, String text, Instant at) {}

    public Outcome outcome() {
        return Outcome.of(chat);
    }
}
