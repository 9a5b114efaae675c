package dev.handoff.handoffservice.adapter.out.persistence;

import dev.handoff.handoffservice.application.port.out.AnnounceFeedPort;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Announces feed news on a PostgreSQL channel; PostgreSQL delivers it to every replica's listener only once the
 * transaction commits, so no replica reads an entry before it exists. Payloads: {@code <conversation id>} when
 * the feed grew, {@code <conversation id> typing} or {@code <conversation id> idle} for the agent's typing (ids
 * hold no spaces).
 */
@ApplicationScoped
public class FeedAnnouncer implements AnnounceFeedPort {
    private final EntityManager em;
    private final String channel;

    public FeedAnnouncer(EntityManager em, @ConfigProperty(name = "handoff.visitor-feed.channel") String channel) {
        this.em = em;
        this.channel = channel;
    }

    @Override
    public void entryAdded(ConversationId conversationId) {
        notify(conversationId.value());
    }

    @Override
    public void agentTyping(ConversationId conversationId, boolean typing) {
        notify(conversationId.value() + (typing ? " typing" : " idle"));
    }

    private void notify(String payload) {
        em.createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, channel).setParameter(2, payload)
                .getSingleResult();
    }
}
