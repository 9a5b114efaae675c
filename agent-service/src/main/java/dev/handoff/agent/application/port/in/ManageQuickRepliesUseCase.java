package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.QuickReply;
import java.util.List;
import java.util.UUID;

/** Quick replies: the tenant's shared ones and each agent's own; throws {@link QuickReplyRefusedException}. */
public interface ManageQuickRepliesUseCase {
    /** The shared replies of the caller's tenant and the caller's personal ones, by shortcut. */
    List<QuickReply> list(Actor actor);

    QuickReply create(SaveQuickReplyCommand command);

    QuickReply update(UUID id, SaveQuickReplyCommand command);

    void delete(Actor actor, UUID id);
}
