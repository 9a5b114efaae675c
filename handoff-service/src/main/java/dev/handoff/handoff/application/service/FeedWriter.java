package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.AnnounceFeedPort;
import dev.handoff.handoff.application.port.out.SaveConversationPort;
import dev.handoff.handoff.application.port.out.VisitorFeedPort;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.LongFunction;

/**
 * Adds an entry to a chat's visitor feed inside the caller's transaction. The caller holds the chat's row lock,
 * so numbers are given out one at a time and without gaps; replicas hear of the entry once it commits.
 */
@ApplicationScoped
class FeedWriter {
    private final VisitorFeedPort feed;
    private final SaveConversationPort conversations;
    private final AnnounceFeedPort announce;

    FeedWriter(VisitorFeedPort feed, SaveConversationPort conversations, AnnounceFeedPort announce) {
        this.feed = feed;
        this.conversations = conversations;
        this.announce = announce;
    }

    /** Numbers and stores the entry {@code numbered} makes, and saves the chat with its new counter. */
    VisitorFeedEntry append(Conversation lockedChat, LongFunction<VisitorFeedEntry> numbered) {
        VisitorFeedEntry entry = numbered.apply(lockedChat.nextFeedSequence());
        feed.append(entry);
        conversations.save(lockedChat);
        announce.entryAdded(lockedChat.id());
        return entry;
    }

    /**
     * As {@link #append}, for a chat message the feed may have already (a resend published twice, a redelivery).
     *
     * @return false, with nothing stored, saved or announced, if the feed had the message: the chat's counter was
     *     moved on, so the caller drops it unsaved
     */
    boolean appendMessage(Conversation lockedChat, LongFunction<VisitorFeedEntry.Message> numbered) {
        if (!feed.appendMessage(numbered.apply(lockedChat.nextFeedSequence()))) {
            return false;
        }
        conversations.save(lockedChat);
        announce.entryAdded(lockedChat.id());
        return true;
    }
}
