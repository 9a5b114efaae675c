package dev.handoff.analytics.application.port.out;

import dev.handoff.analytics.domain.model.ConversationPage;
import dev.handoff.analytics.domain.model.ConversationSearch;
import dev.handoff.analytics.domain.model.Transcript;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.Optional;

/** Finds chats and reads their transcripts where they are stored. */
public interface ConversationQueriesPort {
    ConversationPage search(ConversationSearch search);

    Optional<Transcript> transcript(TenantId tenant, ConversationId conversation);
}
