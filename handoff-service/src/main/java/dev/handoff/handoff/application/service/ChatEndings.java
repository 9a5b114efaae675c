package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.LoadBotSettingsPort;
import dev.handoff.handoff.application.port.out.QueueWebhookPort;
import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.handoff.domain.model.BotWebhookEvent;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Ends a locked chat once, however many ways the end is reported: the first end wins and only it tells the
 * visitor (with the bot's end message and button) and the bot's webhook.
 */
@ApplicationScoped
class ChatEndings {
    private final FeedWriter feed;
    private final LoadBotSettingsPort settings;
    private final QueueWebhookPort webhooks;

    ChatEndings(FeedWriter feed, LoadBotSettingsPort settings, QueueWebhookPort webhooks) {
        this.feed = feed;
        this.settings = settings;
        this.webhooks = webhooks;
    }

    /** What the visitor is told when their wait ends with the message they left, instead of the bot's end message. */
    static final String MESSAGE_LEFT = "Thank you. Your message has been passed on, and we will answer by e-mail.";

    /** @return whether this call ended the chat (false if it had already ended) */
    boolean end(Conversation lockedChat, ConversationStatus how, Instant at) {
        if (!lockedChat.ended(how)) {
            return false;
        }
        BotSettings bot =
                settings.load(lockedChat.tenantId(), lockedChat.botId()).orElse(null);
        String message = how == ConversationStatus.LEFT_MESSAGE
                ? MESSAGE_LEFT
                : bot == null ? BotSettings.DEFAULT_END_MESSAGE : bot.endMessage();
        if (how == ConversationStatus.LEFT_MESSAGE) {
            // the confirmation is a feed entry before the end, so the visitor gets both in this order, also on replay
            feed.append(lockedChat, seq -> new VisitorFeedEntry.MessageLeftConfirmed(lockedChat.id(), seq, at));
        }
        String button = bot == null ? BotSettings.DEFAULT_END_BUTTON_LABEL : bot.endButtonLabel();
        feed.append(lockedChat, seq -> new VisitorFeedEntry.Ended(lockedChat.id(), seq, at, how, message, button));
        if (bot != null && bot.webhookUrl() != null) {
            webhooks.queue(BotWebhookEvent.sessionEnded(lockedChat, how, at));
        }
        return true;
    }
}
