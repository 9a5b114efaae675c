package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.InvalidCommandException;
import dev.handoff.agent.application.port.in.ManageQuickRepliesUseCase;
import dev.handoff.agent.application.port.in.QuickReplyRefusedException;
import dev.handoff.agent.application.port.in.QuickReplyRefusedException.Reason;
import dev.handoff.agent.application.port.in.SaveQuickReplyCommand;
import dev.handoff.agent.application.port.out.QuickReplyPort;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.QuickReply;
import dev.handoff.agent.domain.model.QuickReplyScope;
import dev.handoff.shared.id.AgentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Quick replies. Replies the caller may not see (another tenant's, another agent's personal ones) are
 * NOT_FOUND; shared ones they see but may not change are SUPERVISORS_ONLY.
 */
@ApplicationScoped
public class QuickRepliesService implements ManageQuickRepliesUseCase {
    private final QuickReplyPort replies;
    private final Clock clock;

    public QuickRepliesService(QuickReplyPort replies, Clock clock) {
        this.replies = replies;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<QuickReply> list(Actor actor) {
        return replies.visibleTo(actor.tenantId(), actor.agentId());
    }

    @Override
    @Transactional
    public QuickReply create(SaveQuickReplyCommand command) {
        Actor actor = command.actor();
        QuickReplyScope scope = command.scope();
        if (scope == null) {
            throw new InvalidCommandException("scope", "scope is required: SHARED or PERSONAL");
        }
        requireManager(actor, scope);
        QuickReply reply = QuickReply.create(actor, scope, command.shortcut(), command.text(), clock.instant());
        requireFreeShortcut(reply, null);
        replies.save(reply);
        return reply;
    }

    @Override
    @Transactional
    public QuickReply update(UUID id, SaveQuickReplyCommand command) {
        QuickReply reply = visible(command.actor(), id);
        if (command.scope() != null && command.scope() != reply.scope()) {
            throw new InvalidCommandException("scope", "a reply's scope cannot change; create a new reply instead");
        }
        requireManager(command.actor(), reply.scope());
        QuickReply edited = reply.edited(command.shortcut(), command.text(), clock.instant());
        requireFreeShortcut(edited, id);
        replies.save(edited);
        return edited;
    }

    @Override
    @Transactional
    public void delete(Actor actor, UUID id) {
        QuickReply reply = visible(actor, id);
        requireManager(actor, reply.scope());
        replies.delete(id);
    }

    private QuickReply visible(Actor actor, UUID id) {
        return replies.find(id)
                .filter(r -> r.visibleTo(actor))
                .orElseThrow(() -> new QuickReplyRefusedException(Reason.NOT_FOUND, null));
    }

    private static void requireManager(Actor actor, QuickReplyScope scope) {
        if (!QuickReply.mayManage(actor, scope)) {
            throw new QuickReplyRefusedException(Reason.SUPERVISORS_ONLY, null);
        }
    }

    private void requireFreeShortcut(QuickReply reply, UUID exceptId) {
        replies.lockTenant(reply.tenantId());
        AgentId owner = reply.ownerId();
        if (replies.shortcutTaken(reply.tenantId(), reply.scope(), owner, reply.shortcut(), exceptId)) {
            throw new QuickReplyRefusedException(Reason.SHORTCUT_TAKEN, reply.shortcut());
        }
    }
}
