package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.AgentNoticePort;
import dev.handoff.agent.application.port.out.AgentPresencePort;
import dev.handoff.agent.application.port.out.ChatWatchPort;
import dev.handoff.agent.application.port.out.SupervisionChangesPort;
import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.SessionPolicy;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides who gets a notice, inside the caller's transaction. Notices go to agents who are connected or
 * may still come back and resume; agents away longer than the retention get none (they reload the list).
 * Supervisors watching a chat read-only get its messages and end as its holder does, and every supervisor of a
 * tenant is told (unnumbered, after the commit) when its overview changed.
 */
@ApplicationScoped
public class NoticeDistributor {
    private final AgentPresencePort presences;
    private final AgentNoticePort notices;
    private final ChatWatchPort watches;
    private final SupervisionChangesPort supervision;
    private final SessionPolicy policy;
    private final Clock clock;

    public NoticeDistributor(
            AgentPresencePort presences,
            AgentNoticePort notices,
            ChatWatchPort watches,
            SupervisionChangesPort supervision,
            SessionPolicy policy,
            Clock clock) {
        this.presences = presences;
        this.notices = notices;
        this.watches = watches;
        this.supervision = supervision;
        this.policy = policy;
        this.clock = clock;
    }

    /** To every agent of the tenant who serves the team queue (null: the tenant-wide queue). */
    void toAgentsServing(TenantId tenant, TeamId team, AgentNotice notice) {
        Instant now = clock.instant();
        Instant keptSince = now.minus(policy.noticeRetention());
        List<AgentId> to = presences.connectedOrSeenSince(tenant, keptSince).stream()
                .filter(p -> p.follows(tenant, team, keptSince))
                .map(p -> p.profile().agentId())
                .toList();
        if (!to.isEmpty()) {
            notices.append(to, notice, now);
        }
    }

    /** To one agent of the tenant. */
    void toAgent(TenantId tenant, AgentId agentId, AgentNotice notice) {
        Instant now = clock.instant();
        Instant keptSince = now.minus(policy.noticeRetention());
        if (presences
                .find(agentId)
                .filter(p -> p.follows(tenant, null, keptSince))
                .isPresent()) {
            notices.append(List.of(agentId), notice, now);
        }
    }

    /** To the chat's holder (none: null) and the supervisors watching it read-only. */
    void toHolderAndWatchers(TenantId tenant, ConversationId chat, AgentId holder, AgentNotice notice) {
        Set<AgentId> candidates = new LinkedHashSet<>(watches.watchersOf(chat));
        if (holder != null) {
            candidates.add(holder);
        }
        Instant now = clock.instant();
        Instant keptSince = now.minus(policy.noticeRetention());
        List<AgentId> to = candidates.stream()
                .filter(id -> presences
                        .find(id)
                        .filter(p -> p.follows(tenant, null, keptSince))
                        .isPresent())
                .toList();
        if (!to.isEmpty()) {
            notices.append(to, notice, now);
        }
    }

    /** The tenant's queue, agents' presence or load, or active chats changed: its supervisors' overviews refresh. */
    void overviewChanged(TenantId tenant) {
        supervision.announce(tenant);
    }
}
