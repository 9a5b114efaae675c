package dev.handoff.agent.domain.model;

import java.util.Objects;

/**
 * A notice as one agent received it.
 *
 * @param seq the agent's own counter: 1, 2, 3, ... with no gaps, so a client can say "everything after N"
 */
public record SequencedNotice(long seq, AgentNotice notice) {
    public SequencedNotice {
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1");
        }
        Objects.requireNonNull(notice, "notice");
    }
}
