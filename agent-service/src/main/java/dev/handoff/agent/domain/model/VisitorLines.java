package dev.handoff.agent.domain.model;

/**
 * What a visitor wrote in a chat since the handoff: how many messages and the newest one's text.
 *
 * @param last the newest message's text, or null when there is none
 */
public record VisitorLines(long count, String last) {
    public VisitorLines {
        if (count < 0) {
            throw new IllegalArgumentException("count is never negative");
        }
    }
}
