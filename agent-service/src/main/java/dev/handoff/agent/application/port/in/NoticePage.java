package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.SequencedNotice;
import java.util.List;

/**
 * An agent's notices after a given seq, oldest first.
 *
 * @param lastSeq the agent's newest seq when read
 * @param complete false when some notices after the given seq are no longer kept
 */
public record NoticePage(List<SequencedNotice> notices, long lastSeq, boolean complete) {
    public NoticePage {
        notices = List.copyOf(notices);
    }
}
