package dev.handoff.routing.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who, if anyone, holds a queued conversation. One row per conversation with one holder column is
 * what makes "two agents hold the same chat" impossible to represent.
 *
 * @param team the team queue, or null for the tenant-wide queue
 * @param holder the agent holding it while {@code ASSIGNED}, else null
 */
public record ConversationHold(ConversationId conversationId, TenantId tenantId, TeamId team, int priority,
        QueueStatus status, AgentId holder) {
    public ConversationHold {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(status, "status");
        if ((status == QueueStatus.ASSIGNED) != (holder != null)) {
            throw new IllegalArgumentException("an assigned conversation has a holder, no other has");
        }
    }

    public Optional<AgentId> currentHolder() {
        return Optional.ofNullable(holder);
    }

    /** Decides a claim on this conversation; capacity is the caller's second question. */
    public ClaimDecision decideClaimBy(Claimant claimant) {
        if (!tenantId.equals(claimant.tenantId()) || !claimant.serves(team)) {
            return ClaimDecision.NOT_YOURS_TO_TAKE;
        }
        return switch (status) {
            case WAITING -> ClaimDecision.TAKE;
            case ASSIGNED -> holder.equals(claimant.agentId()) ? ClaimDecision.ALREADY_YOURS : ClaimDecision.HELD_BY_ANOTHER;
            case ENDED -> ClaimDecision.NO_LONGER_WAITING;
        };
    }

    /** Decides whether {@code transferor} may hand this conversation on; the target is the caller's second question. */
    public TransferDecision decideTransferBy(Transferor transferor) {
        if (!tenantId.equals(transferor.tenantId())) {
            return TransferDecision.NOT_YOURS;
        }
        if (status != QueueStatus.ASSIGNED) {
            return TransferDecision.NOT_ASSIGNED;
        }
        return transferor.supervisor() || holder.equals(transferor.agentId())
                ? TransferDecision.ALLOWED : TransferDecision.NOT_YOURS;
    }
}
