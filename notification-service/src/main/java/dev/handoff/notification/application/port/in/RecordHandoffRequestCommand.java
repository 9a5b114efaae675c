package dev.handoff.notification.application.port.in;

import dev.handoff.notification.domain.model.RequestDetails;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.Objects;

/** A handoff request as mails need it. */
public record RecordHandoffRequestCommand(TenantId tenantId, ConversationId conversationId, RequestDetails details) {
    public RecordHandoffRequestCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(details, "details");
    }
}
