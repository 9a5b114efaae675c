package dev.handoff.handoff.domain.model;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The visitor's side of a live chat, from handoff to its end. */
public final class Conversation {
    private final ConversationId id;
    private final TenantId tenantId;
    private final BotId botId;
    private final VisitorInfo visitor;
    private final String language;
    private final TeamId team;
    private final int priority;
    private final Instant startedAt;
    private ConversationStatus status;
    private Instant lastActivityAt;
    private long feedSequence;
    private long deliveredSequence;
    private Instant ratedAt;
    private Instant endProposedAt;
    private Instant leaveMessageOfferedAt;

    public Conversation(
            ConversationId id,
            TenantId tenantId,
            BotId botId,
            VisitorInfo visitor,
            String language,
            TeamId team,
            int priority,
            Instant startedAt,
            ConversationStatus status,
            Instant lastActivityAt) {
        this(id, tenantId, botId, visitor, language, team, priority, startedAt, status, lastActivityAt, 0, 0, null);
    }

    /**
     * @param feedSequence the number of the visitor feed's last entry
     * @param deliveredSequence the last feed entry handed to a Socket.IO client
     * @param ratedAt when the visitor rated the chat, or null
     */
    public Conversation(
            ConversationId id,
            TenantId tenantId,
            BotId botId,
            VisitorInfo visitor,
            String language,
            TeamId team,
            int priority,
            Instant startedAt,
            ConversationStatus status,
            Instant lastActivityAt,
            long feedSequence,
            long deliveredSequence,
            Instant ratedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.botId = Objects.requireNonNull(botId, "botId");
        this.visitor = visitor == null ? VisitorInfo.anonymous() : visitor;
        this.language = language;
        this.team = team;
        this.priority = priority;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.lastActivityAt = lastActivityAt == null ? startedAt : lastActivityAt;
        this.feedSequence = feedSequence;
        this.deliveredSequence = deliveredSequence;
        this.ratedAt = ratedAt;
    }

    /** A conversation that has just been handed to the humans and waits for one. */
    public static Conversation handedOff(
            ConversationId id,
            TenantId tenantId,
            BotId botId,
            VisitorInfo visitor,
            String language,
            TeamId team,
            int priority,
            Instant now) {
        return new Conversation(
                id, tenantId, botId, visitor, language, team, priority, now, ConversationStatus.WAITING, now);
    }

    public boolean isActive() {
        return status.isActive();
    }

    /** An agent took the chat (claim, offer or transfer); an ended chat stays ended whatever arrives late. */
    public void assigned() {
        if (isActive()) {
            status = ConversationStatus.ASSIGNED;
            endProposedAt = null; // a proposal to end was the previous holder's
        }
    }

    /**
     * The agent holding the chat proposed to end it; also restores a stored proposal.
     *
     * @return whether the visitor should now be shown the end button (false: not assigned, or shown already)
     */
    public boolean endProposed(Instant at) {
        if (status != ConversationStatus.ASSIGNED || endProposedAt != null) {
            return false;
        }
        endProposedAt = java.util.Objects.requireNonNull(at, "at");
        return true;
    }

    /**
     * The visitor wrote at {@code writtenAt}: a proposal to end shown before then is withdrawn. A message written before
     * the proposal was shown, and consumed after it, leaves it standing: the visitor had not seen it.
     *
     * @return whether this withdrew a proposal
     */
    public boolean withdrawEndProposal(Instant writtenAt) {
        if (endProposedAt == null || writtenAt.isBefore(endProposedAt)) {
            return false;
        }
        endProposedAt = null;
        return true;
    }

    /**
     * Routing offered the waiting visitor to leave a message. The offer stands until the
     * chat ends, even if an agent comes back meanwhile: a visitor halfway through writing keeps their chance.
     *
     * @return whether the visitor should now be shown the offer (false: not waiting, or shown already)
     */
    public boolean offerLeavingMessage(Instant at) {
        if (status != ConversationStatus.WAITING || leaveMessageOfferedAt != null) {
            return false;
        }
        leaveMessageOfferedAt = Objects.requireNonNull(at, "at");
        return true;
    }

    /** Restores the stored time of an offer to leave a message, whatever the chat's status now. */
    public void restoreLeaveMessageOffer(Instant offeredAt) {
        leaveMessageOfferedAt = offeredAt;
    }

    /** When the visitor was offered to leave a message, or null. */
    public Instant leaveMessageOfferedAt() {
        return leaveMessageOfferedAt;
    }

    /** Whether the visitor may leave a message now: still waiting, and offered to. */
    public boolean mayLeaveMessage() {
        return status == ConversationStatus.WAITING && leaveMessageOfferedAt != null;
    }

    /** When the visitor was shown the end button they have not answered yet, or null. */
    public Instant endProposedAt() {
        return endProposedAt;
    }

    /**
     * The chat waits for an agent again (requeued, transferred to a queue). Only a chat an agent held goes back: an
     * offer that lapsed never reached the visitor, and a transfer to the queue arrives as two events.
     *
     * @return whether this call put it back
     */
    public boolean backInQueue() {
        if (status != ConversationStatus.ASSIGNED) {
            return false;
        }
        status = ConversationStatus.WAITING;
        endProposedAt = null;
        return true;
    }

    /** The chat is over; the first end wins. @return whether this call ended it */
    public boolean ended(ConversationStatus how) {
        if (how.isActive()) {
            throw new IllegalArgumentException(how + " is not an end");
        }
        if (!isActive()) {
            return false;
        }
        status = how;
        endProposedAt = null;
        return true;
    }

    /** Someone wrote: the inactivity timeout starts again (a late, older message moves nothing back). */
    public void activityAt(Instant at) {
        if (at.isAfter(lastActivityAt)) {
            lastActivityAt = at;
        }
    }

    /** Whether a chat still open has been silent for {@code timeout} at {@code now}. */
    public boolean silentFor(Duration timeout, Instant now) {
        return isActive() && !lastActivityAt.plus(timeout).isAfter(now);
    }

    /** The visitor rates the chat; only the first rating counts. @return whether this one was taken */
    public boolean rate(Instant at) {
        if (ratedAt != null) {
            return false;
        }
        ratedAt = at;
        return true;
    }

    /** When the visitor rated the chat, or null. */
    public Instant ratedAt() {
        return ratedAt;
    }

    /** Numbers the next entry of the visitor feed. */
    public long nextFeedSequence() {
        return ++feedSequence;
    }

    /** A Socket.IO client was handed the feed up to {@code sequence}. */
    public void deliveredUpTo(long sequence) {
        deliveredSequence = Math.max(deliveredSequence, Math.min(sequence, feedSequence));
    }

    /** Whether this conversation belongs to {@code tenant} and {@code bot}. */
    public boolean belongsTo(TenantId tenant, BotId bot) {
        return tenantId.equals(tenant) && botId.equals(bot);
    }

    public ConversationId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public BotId botId() {
        return botId;
    }

    public VisitorInfo visitor() {
        return visitor;
    }

    public String language() {
        return language;
    }

    public TeamId team() {
        return team;
    }

    public int priority() {
        return priority;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public ConversationStatus status() {
        return status;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public long feedSequence() {
        return feedSequence;
    }

    public long deliveredSequence() {
        return deliveredSequence;
    }
}
