package dev.handoff.notification.domain.model;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything one mail says, whatever its language: the mail templates render it.
 *
 * @param details the request's details, or null when they never arrived (the mail then names the conversation only)
 * @param waited how long the request has waited when the mail is written
 * @param agentName the agent holding the chat (visitor messages), or null
 * @param messages the visitor's messages of this batch (visitor messages), oldest first
 * @param moreMessages how many more the visitor wrote in this batch than are quoted
 */
public record MailNotice(
        NotificationKind kind,
        ConversationId conversationId,
        RequestDetails details,
        Integer position,
        Long estimatedWaitSeconds,
        Duration waited,
        String agentName,
        List<QuotedMessage> messages,
        int moreMessages) {
    public MailNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(conversationId, "conversationId");
        waited = waited == null || waited.isNegative() ? Duration.ZERO : waited;
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    /** The visitor as mails name them. */
    public String visitorName() {
        return details == null ? VisitorInfo.ANONYMOUS : details.visitorName();
    }

    /** The bot as mails name it. */
    public String botName() {
        return details == null ? "" : details.botName();
    }

    /** Minutes waited, to the nearest one (0: under half a minute). */
    public long waitedMinutes() {
        return (waited.toSeconds() + 30) / 60;
    }

    /** The estimated wait in whole minutes, rounded up; null when routing gave none. */
    public Long estimatedWaitMinutes() {
        return estimatedWaitSeconds == null || estimatedWaitSeconds <= 0 ? null : (estimatedWaitSeconds + 59) / 60;
    }
}
