package dev.handoff.analytics.domain.model;

/**
 * A line of the transcript list.
 *
 * @param agentName the name of the agent who held it last, if known
 * @param visitorName null when not given, or erased
 * @param erased the transcript was deleted (a visitor's erasure, or retention); the figures remain
 */
public record ConversationSummary(
        FactState chat, String agentName, String visitorName, String subject, boolean erased) {
    public Outcome outcome() {
        return Outcome.of(chat);
    }
}
