package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.in.TrackLifecycleUseCase;
import dev.handoff.handoff.application.port.out.LoadBotSettingsPort;
import dev.handoff.handoff.application.port.out.LoadConversationPort;
import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.EndProposed;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.event.LifecycleEvent;
import dev.handoff.shared.event.MessageLeft;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Requeued;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Keeps the visitor-side status of each conversation in step with the lifecycle topic, and tells the visitor. Every
 * change comes with a feed entry, and the feed writer saves the chat with it.
 */
@ApplicationScoped
public class TrackLifecycleService implements TrackLifecycleUseCase {
    private final LoadConversationPort load;
    private final FeedWriter feed;
    private final ChatEndings endings;
    private final EndProposals proposals;
    private final LoadBotSettingsPort settings;

    public TrackLifecycleService(
            LoadConversationPort load,
            FeedWriter feed,
            ChatEndings endings,
            EndProposals proposals,
            LoadBotSettingsPort settings) {
        this.load = load;
        this.feed = feed;
        this.endings = endings;
        this.proposals = proposals;
        this.settings = settings;
    }

    @Override
    @Transactional
    public void onLifecycle(LifecycleEvent event) {
        Optional<Conversation> found = load.loadForUpdate(event.conversationId())
                .filter(c -> c.tenantId().equals(event.tenantId()));
        if (found.isEmpty()) {
            return;
        }
        Conversation chat = found.get();
        if (event instanceof Completed) {
            endings.end(chat, ConversationStatus.COMPLETED, event.occurredAt());
        } else if (event instanceof EndedByVisitor) {
            endings.end(chat, ConversationStatus.ENDED_BY_VISITOR, event.occurredAt());
        } else if (event instanceof Expired) {
            endings.end(chat, ConversationStatus.EXPIRED, event.occurredAt());
        } else if (event instanceof MessageLeft) {
            // normally this service's own, already ended in the transaction that published it
            endings.end(chat, ConversationStatus.LEFT_MESSAGE, event.occurredAt());
        } else if (chat.isActive()) {
            onChange(chat, event);
        }
    }

    private void onChange(Conversation chat, LifecycleEvent event) {
        if (event instanceof Assigned a) {
            chat.assigned();
            feed.append(
                    chat,
                    seq -> new VisitorFeedEntry.AgentAssigned(chat.id(), seq, a.occurredAt(), a.agentDisplayName()));
        } else if (event instanceof EndProposed proposed) {
            proposals.show(chat, proposed);
        } else if (event instanceof Requeued) {
            // routing follows a transfer to a queue with Requeued, so the Transferred itself changes nothing here
            if (chat.backInQueue()) {
                feed.append(chat, seq -> new VisitorFeedEntry.BackInQueue(chat.id(), seq, event.occurredAt()));
            }
        } else if (event instanceof Queued q && chat.status() == ConversationStatus.WAITING) {
            feed.append(
                    chat,
                    seq -> new VisitorFeedEntry.QueuePosition(
                            chat.id(),
                            seq,
                            q.occurredAt(),
                            q.position(),
                            q.estimatedWaitSeconds(),
                            q.waitStatusOrEstimated()));
        } else if (event instanceof QueuePositionChanged p && chat.status() == ConversationStatus.WAITING) {
            feed.append(
                    chat,
                    seq -> new VisitorFeedEntry.QueuePosition(
                            chat.id(),
                            seq,
                            p.occurredAt(),
                            p.position(),
                            p.estimatedWaitSeconds(),
                            p.waitStatusOrEstimated()));
            if (p.offersLeavingMessage() && chat.offerLeavingMessage(p.occurredAt())) {
                String offline = settings.load(chat.tenantId(), chat.botId())
                        .map(BotSettings::offlineMessage)
                        .orElse(BotSettings.DEFAULT_OFFLINE_MESSAGE);
                feed.append(
                        chat, seq -> new VisitorFeedEntry.LeaveMessageOffered(chat.id(), seq, p.occurredAt(), offline));
            }
        }
    }
}
