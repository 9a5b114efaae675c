package dev.handoff.handoff.adapter.out.persistence;

import dev.handoff.handoff.application.port.out.AnnounceFeedPort;
import dev.handoff.handoff.config.VisitorFeedConfig;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import org.hibernate.Session;

/**
 * Announces feed news on a PostgreSQL channel; PostgreSQL delivers it to every replica's listener only once the
 * transaction commits, so no replica reads an entry before it exists. Payloads: {@code <conversation id>} when
 * the feed grew, {@code <conversation id> typing} or {@code <conversation id> idle} for the agent's typing (ids
 * hold no spaces).
 */
@ApplicationScoped
public class FeedAnnouncer implements AnnounceFeedPort {
    private final EntityManager em;
    private final AnnouncedFeeds announced;
    private final String channel;

    public FeedAnnouncer(EntityManager em, AnnouncedFeeds announced, VisitorFeedConfig feed) {
        this.em = em;
        this.announced = announced;
        this.channel = feed.channel();
    }

    /**
     * Once per chat and transaction: PostgreSQL would fold repeats of one payload into one notification anyway, and
     * a transaction that stores a batch of messages would otherwise pay a statement per message for nothing.
     */
    @Override
    public void entryAdded(ConversationId conversationId) {
        if (announced.firstTime(conversationId)) {
            notify(conversationId.value());
        }
    }

    @Override
    public void agentTyping(ConversationId conversationId, boolean typing) {
        notify(conversationId.value() + (typing ? " typing" : " idle"));
    }

    /** On the transaction's connection, without the flush a Hibernate query would cost first. */
    private void notify(String payload) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                notify.setString(1, channel);
                notify.setString(2, payload);
                notify.execute();
            }
        });
    }
}
