package dev.handoff.analytics.application.service;

import dev.handoff.analytics.application.port.in.ReadTranscriptsUseCase;
import dev.handoff.analytics.application.port.in.UnknownConversationException;
import dev.handoff.analytics.application.port.out.ConversationQueriesPort;
import dev.handoff.analytics.domain.model.ConversationPage;
import dev.handoff.analytics.domain.model.ConversationSearch;
import dev.handoff.analytics.domain.model.Transcript;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads transcripts of the caller's tenant only. */
@ApplicationScoped
public class ReadTranscriptsService implements ReadTranscriptsUseCase {
    private final ConversationQueriesPort conversations;

    ReadTranscriptsService(ConversationQueriesPort conversations) {
        this.conversations = conversations;
    }

    @Override
    @Transactional
    public ConversationPage search(ConversationSearch search) {
        return conversations.search(search);
    }

    @Override
    @Transactional
    public Transcript transcript(TenantId tenant, ConversationId conversation) {
        return conversations
                .transcript(tenant, conversation)
                .orElseThrow(() -> new UnknownConversationException(conversation));
    }
}
