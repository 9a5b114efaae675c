package dev.handoff.routing.application.port.out;

import dev.handoff.routing.domain.model.AnnouncedPlace;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.id.ConversationId;
import java.util.Map;
import java.util.Set;

/** What the visitors of each queue were last told; only the announcer reads and writes it. */
public interface AnnouncedPositionsPort {
    /** The place and wait each conversation of the queue was last told. */
    Map<ConversationId, AnnouncedPlace> toldIn(QueueKey queue);

    /** Writes down what was told now, and forgets conversations that left the queue. */
    void store(QueueKey queue, Map<ConversationId, AnnouncedPlace> told, Set<ConversationId> gone);
}
