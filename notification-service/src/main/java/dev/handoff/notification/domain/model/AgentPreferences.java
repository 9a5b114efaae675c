package dev.handoff.notification.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.util.List;
import java.util.Objects;

/**
 * What one agent wants to be told, and how: an e-mail switch per kind, the console's desktop notifications per kind
 * and its chime, and the language of their mails. Everything is on until the agent turns it off.
 *
 * @param mailLanguage a supported mail language, or null: the token's language, else the tenant's
 */
public record AgentPreferences(
        TenantId tenantId,
        AgentId agentId,
        boolean emailNewRequest,
        boolean emailStillWaiting,
        boolean emailVisitorMessage,
        boolean desktopNewRequest,
        boolean desktopVisitorMessage,
        boolean sound,
        String mailLanguage) {
    /** @throws InvalidSettingsException for a mail language no mail is written in */
    public AgentPreferences {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(agentId, "agentId");
        mailLanguage = mailLanguage == null || mailLanguage.isBlank() ? null : mailLanguage.strip();
        if (mailLanguage != null && !MailLanguage.SUPPORTED.contains(mailLanguage)) {
            throw new InvalidSettingsException(List.of("mailLanguage: must be one of " + MailLanguage.SUPPORTED));
        }
    }

    /** Everything on. */
    public static AgentPreferences defaults(TenantId tenant, AgentId agent) {
        return new AgentPreferences(tenant, agent, true, true, true, true, true, true, null);
    }

    /** Whether the agent wants mail of this kind (the escalation follows "still waiting"). */
    public boolean wantsEmail(NotificationKind kind) {
        return switch (kind.preferenceKind()) {
            case NEW_REQUEST -> emailNewRequest;
            case STILL_WAITING, ESCALATION -> emailStillWaiting;
            case VISITOR_MESSAGE -> emailVisitorMessage;
        };
    }
}
