package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.in.ReadConversationUseCase;
import dev.handoff.handoff.application.port.in.UnknownConversationException;
import dev.handoff.handoff.application.port.out.LoadConversationPort;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;

/** Reads a conversation for one of the bots it belongs to. */
@ApplicationScoped
public class ReadConversationService implements ReadConversationUseCase {
    private final LoadConversationPort conversations;

    public ReadConversationService(LoadConversationPort conversations) {
        this.conversations = conversations;
    }

    @Override
    @Transactional
    public Conversation conversation(TenantId tenant, Set<BotId> bots, ConversationId id) {
        return conversations
                .load(id)
                .filter(c -> bots.stream().anyMatch(bot -> c.belongsTo(tenant, bot)))
                .orElseThrow(() -> new UnknownConversationException(id));
    }
}
