package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.in.RateChatUseCase;
import dev.handoff.handoff.application.port.in.RatingRefusedException;
import dev.handoff.handoff.application.port.out.LoadConversationPort;
import dev.handoff.handoff.application.port.out.PublishConversationEventPort;
import dev.handoff.handoff.application.port.out.SaveConversationPort;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.shared.event.Rated;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Takes the visitor's satisfaction rating once per ended chat and announces it for analytics. */
@ApplicationScoped
public class RateChatService implements RateChatUseCase {
    private final LoadConversationPort load;
    private final SaveConversationPort save;
    private final PublishConversationEventPort events;
    private final Clock clock;

    public RateChatService(
            LoadConversationPort load, SaveConversationPort save, PublishConversationEventPort events, Clock clock) {
        this.load = load;
        this.save = save;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void rate(TenantId tenantId, ConversationId conversationId, int score, String comment) {
        Conversation chat = TenantChats.require(load.loadForUpdate(conversationId), tenantId, conversationId);
        if (chat.isActive()) {
            throw new RatingRefusedException("chat-open", "A chat can be rated once it has ended.");
        }
        Instant now = clock.instant();
        if (!chat.rate(now)) {
            throw new RatingRefusedException("already-rated", "This chat has been rated already.");
        }
        save.save(chat);
        events.publish(new Rated(UUID.randomUUID(), now, tenantId, conversationId, score, comment));
    }
}
