package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.LoadBotSettingsPort;
import dev.handoff.handoff.application.port.out.PublishConversationEventPort;
import dev.handoff.handoff.application.port.out.QueueWebhookPort;
import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.handoff.domain.model.BotWebhookEvent;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.event.EndProposalWithdrawn;
import dev.handoff.shared.event.EndProposed;
import dev.handoff.shared.event.MessagePosted;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The visitor's side of an agent's proposal to end (CSML's signing-off message), inside the caller's transaction on
 * the locked chat: shown with the bot's end message and button, withdrawn when the visitor writes instead.
 */
@ApplicationScoped
class EndProposals {
    private final FeedWriter feed;
    private final LoadBotSettingsPort settings;
    private final QueueWebhookPort webhooks;
    private final PublishConversationEventPort events;

    EndProposals(
            FeedWriter feed,
            LoadBotSettingsPort settings,
            QueueWebhookPort webhooks,
            PublishConversationEventPort events) {
        this.feed = feed;
        this.settings = settings;
        this.webhooks = webhooks;
        this.events = events;
    }

    /** Shows the proposal to the visitor, and to a bot that relays agent messages, unless it is shown already. */
    void show(Conversation lockedChat, EndProposed proposed) {
        if (!lockedChat.endProposed(proposed.occurredAt())) {
            return; // not held by an agent (any more), or shown already
        }
        BotSettings bot =
                settings.load(lockedChat.tenantId(), lockedChat.botId()).orElse(null);
        String message = bot == null ? BotSettings.DEFAULT_END_MESSAGE : bot.endMessage();
        String button = bot == null ? BotSettings.DEFAULT_END_BUTTON_LABEL : bot.endButtonLabel();
        feed.append(
                lockedChat,
                seq -> new VisitorFeedEntry.EndProposed(lockedChat.id(), seq, proposed.occurredAt(), message, button));
        if (bot != null && bot.relayAgentMessages() && bot.webhookUrl() != null) {
            webhooks.queue(BotWebhookEvent.endProposed(
                    lockedChat,
                    proposed.eventId().toString(),
                    proposed.agentDisplayName(),
                    message,
                    button,
                    proposed.occurredAt()));
        }
    }

    /** The visitor wrote {@code message} after seeing the end button: the proposal is withdrawn, for everyone. */
    void withdrawOnVisitorMessage(Conversation lockedChat, MessagePosted message) {
        if (!lockedChat.withdrawEndProposal(message.occurredAt())) {
            return;
        }
        feed.append(
                lockedChat,
                seq -> new VisitorFeedEntry.EndProposalWithdrawn(lockedChat.id(), seq, message.occurredAt()));
        events.publish(new EndProposalWithdrawn(
                UUID.randomUUID(), message.occurredAt(), lockedChat.tenantId(), lockedChat.id(), message.messageId()));
    }
}
