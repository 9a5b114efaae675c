package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.TrackConversationUseCase;
import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.application.port.out.ChatChangesPort;
import dev.handoff.agent.application.port.out.OfflineMessagePort;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.AgentNotice.Reason;
import dev.handoff.agent.domain.model.AgentNotice.RemovalReason;
import dev.handoff.agent.domain.model.EndReason;
import dev.handoff.agent.domain.model.HandoffDetails;
import dev.handoff.agent.domain.model.OfflineMessage;
import dev.handoff.agent.domain.model.PendingHandoff;
import dev.handoff.agent.domain.model.QueueState;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.EndProposalWithdrawn;
import dev.handoff.shared.event.EndProposed;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.LifecycleEvent;
import dev.handoff.shared.event.MessageLeft;
import dev.handoff.shared.event.Offered;
import dev.handoff.shared.event.QueueOverflowed;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Rated;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.event.SubjectChanged;
import dev.handoff.shared.event.Transferred;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;

/**
 * Applies handoff and lifecycle events to the agents' conversation views, and tells the agents' consoles
 * when a conversation starts or stops waiting, and when its holder gets, loses or ends it, in the same
 * transaction: the shared inbox applies each event once, so each notice is written once, whichever replica
 * consumed the event.
 */
@ApplicationScoped
public class TrackConversationService implements TrackConversationUseCase {
    /**
     * What the view has no use for. Places matter most: every claim moves every visitor behind it, so with thousands
     * waiting routing announces thousands of places a second, and a transaction and a chat lock for each put the
     * claims that agents wait for behind them (decision 0093). SubjectChanged and EndProposed are this service's own.
     */
    private static final Set<Class<? extends LifecycleEvent>> UNUSED = Set.of(
            QueuePositionChanged.class, SubjectChanged.class, EndProposed.class, Rated.class, QueueOverflowed.class);

    private final AgentConversationPort conversations;
    private final NoticeDistributor board;
    private final ChatChangesPort changes;
    private final OfflineMessagePort offlineMessages;

    public TrackConversationService(
            AgentConversationPort conversations,
            NoticeDistributor board,
            ChatChangesPort changes,
            OfflineMessagePort offlineMessages) {
        this.conversations = conversations;
        this.board = board;
        this.changes = changes;
        this.offlineMessages = offlineMessages;
    }

    @Override
    @Transactional
    public void onHandoffRequested(HandoffRequested e) {
        AgentConversation view = conversations.lockOrStart(e.conversationId(), e.tenantId());
        boolean wasPending = view.isPending();
        view.recordDetails(new HandoffDetails(
                e.botId(),
                e.visitor(),
                e.botHistory(),
                e.language(),
                e.team(),
                e.priority(),
                e.occurredAt(),
                e.botDisplayName(),
                e.botAvatarUrl()));
        conversations.save(view);
        announcePendingChange(view, wasPending);
        board.overviewChanged(view.tenantId());
    }

    @Override
    @Transactional
    public void onLifecycle(LifecycleEvent e) {
        if (!uses(e)) {
            return;
        }
        AgentConversation view = conversations.lockOrStart(e.conversationId(), e.tenantId());
        boolean wasPending = view.isPending();
        boolean endedBefore = view.isEnded();
        AgentId heldBefore = view.holder().orElse(null);
        if (e instanceof Offered offered) {
            // Nothing changes in the view: the offered agent learns of it, everyone else still sees it pending.
            board.toAgent(
                    e.tenantId(),
                    offered.agentId(),
                    new AgentNotice.OfferMade(
                            view.id(), offered.expiresAt(), view.isPending() ? PendingHandoff.of(view) : null));
            board.overviewChanged(e.tenantId()); // the queue shows whom it is offered to
            return;
        }
        if (e instanceof EndProposalWithdrawn) {
            // The visitor wrote instead of clicking the end button: the holder learns the chat goes on.
            if (view.withdrawEndProposal()) {
                conversations.save(view);
                view.holder()
                        .ifPresent(agent -> board.toAgent(
                                e.tenantId(), agent, new AgentNotice.EndProposalChanged(view.id(), false)));
            }
            return;
        }
        if (e instanceof Requeued requeued && heldBefore == null && requeued.previousAgentId() != null) {
            // Requeued from nobody's chat names the agent it was offered to: their offer ended.
            board.toAgent(
                    e.tenantId(),
                    requeued.previousAgentId(),
                    new AgentNotice.OfferEnded(
                            view.id(), AgentNotice.OfferEndReason.ofRequeueReason(requeued.reason())));
        }
        if (e instanceof Queued || e instanceof Requeued) {
            view.queued(e.occurredAt());
        } else if (e instanceof Assigned assigned) {
            view.assigned(assigned.agentId(), e.occurredAt());
        } else if (e instanceof Transferred transferred) {
            // Routing follows a transfer with Assigned (to an agent) or Requeued (to a queue): this only moves it.
            view.transferred(transferred.fromAgentId(), transferred.toAgentId(), e.occurredAt());
        } else if (endReasonOf(e) != null) {
            view.ended(endReasonOf(e), e.occurredAt());
            if (e instanceof MessageLeft left) {
                // kept with the end of the wait, in its transaction: listed for agents once the request is gone
                offlineMessages.record(OfflineMessage.of(
                        left, view.details().map(HandoffDetails::botName).orElse(null)));
            }
        } else {
            return; // OffersMissed is SetAwayAfterMissedOffersUseCase's
        }
        conversations.save(view);
        // Wakes writes waiting for this chat on any replica (AwaitClaimedChatService), once this commits.
        changes.announce(view.id());
        announcePendingChange(view, wasPending);
        announceHolderChange(view, heldBefore, endedBefore, e);
        if (e instanceof Assigned assigned && view.state() == QueueState.ASSIGNED) {
            board.toAgent(e.tenantId(), assigned.agentId(), new AgentNotice.AssignedToAgent(view.id()));
        }
        board.overviewChanged(e.tenantId());
    }

    @Override
    public boolean uses(LifecycleEvent e) {
        return !UNUSED.contains(e.getClass());
    }

    private static EndReason endReasonOf(LifecycleEvent e) {
        if (e instanceof Completed) {
            return EndReason.COMPLETED;
        } else if (e instanceof EndedByVisitor) {
            return EndReason.ENDED_BY_VISITOR;
        } else if (e instanceof Expired) {
            return EndReason.EXPIRED;
        } else if (e instanceof MessageLeft) {
            return EndReason.LEFT_MESSAGE;
        }
        return null;
    }

    /**
     * The agent who held the chat before this event learns that it ended, or that they lost it; supervisors watching
     * it learn that it ended (an end only once, however often it is reported).
     */
    private void announceHolderChange(
            AgentConversation view, AgentId heldBefore, boolean endedBefore, LifecycleEvent e) {
        if (view.isEnded()) {
            if (!endedBefore) {
                board.toHolderAndWatchers(
                        view.tenantId(),
                        view.id(),
                        heldBefore,
                        new AgentNotice.ChatEnded(view.id(), view.endReason().orElseThrow()));
            }
            return;
        }
        if (heldBefore == null || view.holder().filter(heldBefore::equals).isPresent()) {
            return;
        }
        board.toAgent(
                view.tenantId(),
                heldBefore,
                new AgentNotice.ChatRemoved(
                        view.id(), e instanceof Requeued ? RemovalReason.REQUEUED : RemovalReason.TRANSFERRED));
    }

    private void announcePendingChange(AgentConversation view, boolean wasPending) {
        if (wasPending == view.isPending()) {
            return;
        }
        TeamId team = view.details().map(HandoffDetails::team).orElse(null);
        if (view.isPending()) {
            board.toAgentsServing(view.tenantId(), team, new AgentNotice.PendingAdded(PendingHandoff.of(view)));
        } else if (view.state() == QueueState.ASSIGNED) {
            board.toAgentsServing(
                    view.tenantId(),
                    team,
                    new AgentNotice.PendingRemoved(
                            view.id(), Reason.CLAIMED, view.assignee().orElse(null)));
        } else {
            board.toAgentsServing(view.tenantId(), team, new AgentNotice.PendingRemoved(view.id(), Reason.ENDED, null));
        }
    }
}
