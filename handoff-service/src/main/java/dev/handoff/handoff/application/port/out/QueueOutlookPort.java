package dev.handoff.handoff.application.port.out;

import dev.handoff.handoff.domain.model.Conversation;

/** What a new request can expect before routing has placed it. */
public interface QueueOutlookPort {
    /**
     * @return the place of {@code waiting} among the waiting chats of its tenant and team (higher priority first,
     *     then oldest), and the seconds routing most recently estimated per place in that queue (null if unknown)
     */
    QueueOutlook outlookFor(Conversation waiting);

    /** A place in the queue and, if routing has estimated one lately, seconds of waiting per place. */
    record QueueOutlook(int position, Double secondsPerPlace) {
        /** The estimated wait for this place, or null when routing has given no pace yet. */
        public Long estimatedWaitSeconds() {
            return secondsPerPlace == null ? null : Math.round(secondsPerPlace * position);
        }
    }
}
