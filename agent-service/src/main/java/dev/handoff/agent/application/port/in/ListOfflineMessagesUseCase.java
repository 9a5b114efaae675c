package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.agent.domain.model.OfflineMessage;
import java.util.List;

/** Lists the messages visitors left that the caller may answer: their teams' and untagged ones; all for supervisors. */
public interface ListOfflineMessagesUseCase {
    /** One page, newest first. */
    OfflineMessagePage list(OfflineMessagesQuery query);

    /**
     * What to list.
     *
     * @param handled only handled (true) or waiting (false) ones; null: both
     * @param page 0 for the newest
     * @param size 1 to {@link #MAX_SIZE}
     */
    record OfflineMessagesQuery(AgentProfile viewer, Boolean handled, int page, int size) {
        public static final int MAX_SIZE = 100;
    }

    /** A page of messages, and whether an older one follows. */
    record OfflineMessagePage(List<OfflineMessage> items, int page, int size, boolean hasMore) {
        public OfflineMessagePage {
            items = List.copyOf(items);
        }
    }
}
