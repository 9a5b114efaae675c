package dev.handoff.routing.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who, if anyone, holds (or is offered) a queued conversation. One row per conversation with one holder
 * column and one offer is what makes "two agents hold the same chat" impossible to represent.
 *
 * @param team the team queue, or null for the tenant-wide queue
 * @param holder the agent holding it while {@code ASSIGNED}, else null
 * @param offer the open offer while {@code OFFERED}, else null
 * @param holderName the holder's display name as announced when they got it; null when unknown or not held
 */
public record ConversationHold(
        ConversationId conversationId,
        TenantId tenantId,
        TeamId team,
        int priority,
        QueueStatus status,
        AgentId holder,
        Offer offer,
        String holderName) {
    public ConversationHold {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(status, "status");
        if ((status == QueueStatus.ASSIGNED) != (holder != null)) {
            throw new IllegalArgumentException("an assigned conversation has a holder, no other has");
        }
        if ((status == QueueStatus.OFFERED) != (offer != null)) {
            throw new IllegalArgumentException("an offered conversation has an offer, no other has");
        }
        holderName = holder == null || holderName == null || holderName.isBlank() ? null : holderName;
    }

    /** A conversation whose holder's name is not known. */
    public ConversationHold(
            ConversationId conversationId,
            TenantId tenantId,
            TeamId team,
            int priority,
            QueueStatus status,
            AgentId holder,
            Offer offer) {
        this(conversationId, tenantId, team, priority, status, holder, offer, null);
    }

    /** A conversation that is not offered to anyone. */
    public ConversationHold(
            ConversationId conversationId,
            TenantId tenantId,
            TeamId team,
            int priority,
            QueueStatus status,
            AgentId holder) {
        this(conversationId, tenantId, team, priority, status, holder, null, null);
    }

    /** How to name the holder to others: their display name, else their agent id; null when nobody holds it. */
    public String holderDisplayName() {
        if (holder == null) {
            return null;
        }
        return holderName == null ? holder.value() : holderName;
    }

    public Optional<AgentId> currentHolder() {
        return Optional.ofNullable(holder);
    }

    /** The agent it is offered to, if it is. */
    public Optional<AgentId> offeredTo() {
        return Optional.ofNullable(offer).map(Offer::agentId);
    }

    /** Decides a claim on this conversation; capacity is the caller's second question. */
    public ClaimDecision decideClaimBy(Claimant claimant) {
        if (!tenantId.equals(claimant.tenantId()) || !claimant.serves(team)) {
            return ClaimDecision.NOT_YOURS_TO_TAKE;
        }
        return switch (status) {
            case WAITING -> ClaimDecision.TAKE;
            // Exclusive until the offer ends: only the agent it is offered to may take it, by claim or accept.
            case OFFERED ->
                offer.agentId().equals(claimant.agentId()) ? ClaimDecision.TAKE : ClaimDecision.OFFERED_TO_ANOTHER;
            case ASSIGNED ->
                holder.equals(claimant.agentId()) ? ClaimDecision.ALREADY_YOURS : ClaimDecision.HELD_BY_ANOTHER;
            case ENDED -> ClaimDecision.NO_LONGER_WAITING;
        };
    }

    /**
     * Decides an agent's accept or decline at {@code now}.
     *
     * @param timedOutBefore whether an earlier offer of this conversation to the agent timed out: their
     *     late answer then hears that it expired, whoever has the conversation now
     */
    public OfferDecision decideOfferAnswerBy(AgentId agent, TenantId agentTenant, Instant now, boolean timedOutBefore) {
        if (!tenantId.equals(agentTenant)) {
            return OfferDecision.NOT_YOURS;
        }
        if (status == QueueStatus.OFFERED && offer.agentId().equals(agent)) {
            return offer.expiredAt(now) ? OfferDecision.EXPIRED : OfferDecision.OPEN;
        }
        if (status == QueueStatus.ASSIGNED && holder.equals(agent)) {
            return OfferDecision.ALREADY_YOURS;
        }
        if (timedOutBefore) {
            return OfferDecision.EXPIRED;
        }
        return status == QueueStatus.OFFERED ? OfferDecision.NOT_YOURS : OfferDecision.NO_OFFER;
    }

    /**
     * Decides whether {@code transferor} may hand this conversation on; the target is the caller's second question. A
     * supervisor may also give a waiting (or offered) conversation to an agent.
     */
    public TransferDecision decideTransferBy(Transferor transferor) {
        if (!tenantId.equals(transferor.tenantId())) {
            return TransferDecision.NOT_YOURS;
        }
        if ((status == QueueStatus.WAITING || status == QueueStatus.OFFERED) && transferor.supervisor()) {
            return TransferDecision.ASSIGN_WAITING;
        }
        if (status != QueueStatus.ASSIGNED) {
            return TransferDecision.NOT_ASSIGNED;
        }
        return transferor.supervisor() || holder.equals(transferor.agentId())
                ? TransferDecision.ALLOWED
                : TransferDecision.NOT_YOURS;
    }
}
