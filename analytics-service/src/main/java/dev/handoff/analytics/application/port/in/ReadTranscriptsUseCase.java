package dev.handoff.analytics.application.port.in;

import dev.handoff.analytics.domain.model.ConversationPage;
import dev.handoff.analytics.domain.model.ConversationSearch;
import dev.handoff.analytics.domain.model.Transcript;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;

/** Lists, searches and opens a tenant's chats. */
public interface ReadTranscriptsUseCase {
    /** A page of the chats the search matches, newest first. */
    ConversationPage search(ConversationSearch search);

    /** @throws UnknownConversationException if the tenant has no such chat */
    Transcript transcript(TenantId tenant, ConversationId conversation);
}
