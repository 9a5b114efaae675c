package dev.handoff.routing.application.port.in;

import dev.handoff.routing.domain.model.TransferTarget;
import dev.handoff.routing.domain.model.Transferor;
import dev.handoff.shared.id.ConversationId;
import java.util.Objects;

/** Who hands which conversation where. */
public record TransferConversationCommand(ConversationId conversationId, Transferor transferor, TransferTarget target) {
    public TransferConversationCommand {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(transferor, "transferor");
        Objects.requireNonNull(target, "target");
    }
}
