package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.application.port.out.AgentSettingsPort;
import dev.handoff.agent.application.port.out.ChatMessagePort;
import dev.handoff.agent.application.port.out.QuickReplyPort;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.agent.domain.model.AgentSettings;
import dev.handoff.agent.domain.model.ChatAccess;
import dev.handoff.agent.domain.model.HandoffDetails;
import dev.handoff.agent.domain.model.LanguageTag;
import dev.handoff.agent.domain.model.QuickReply;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.model.Sender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * What translating a message needs from the database, each read in a short transaction of its own: no
 * transaction, connection or row lock may stay open while a remote translator answers.
 */
@ApplicationScoped
public class LanguageLookups {
    private final AgentConversationPort conversations;
    private final ChatMessagePort messages;
    private final AgentSettingsPort settings;
    private final QuickReplyPort replies;

    public LanguageLookups(
            AgentConversationPort conversations,
            ChatMessagePort messages,
            AgentSettingsPort settings,
            QuickReplyPort replies) {
        this.conversations = conversations;
        this.messages = messages;
        this.settings = settings;
        this.replies = replies;
    }

    /** The language chosen by the agent holding the chat a visitor wrote in; empty if none (or not a visitor's). */
    @Transactional
    Optional<LanguageTag> holderLanguage(MessagePosted message) {
        if (message.sender() != Sender.VISITOR) {
            return Optional.empty();
        }
        return conversations
                .find(message.conversationId())
                .filter(c -> c.tenantId().equals(message.tenantId()))
                .flatMap(AgentConversation::holder)
                .flatMap(holder -> settings.find(message.tenantId(), holder))
                .flatMap(AgentSettings::language);
    }

    /**
     * The languages of a new message the actor is about to write: theirs (null if not chosen) and the visitor's
     * (null if unknown). Empty for a retry of a message sent before, and for chats the actor may not write in:
     * posting answers those without anything being translated.
     */
    @Transactional
    Optional<Languages> forNewAgentMessage(Actor actor, ConversationId id, String clientMessageId) {
        Optional<AgentConversation> chat =
                conversations.find(id).filter(c -> c.accessOf(actor) == ChatAccess.HOLD && !c.isEnded());
        if (chat.isEmpty() || messages.byClientMessageId(id, clientMessageId).isPresent()) {
            return Optional.empty();
        }
        LanguageTag agent = settings.find(actor.tenantId(), actor.agentId())
                .flatMap(AgentSettings::language)
                .orElse(null);
        LanguageTag visitor =
                chat.get().details().flatMap(HandoffDetails::visitorLanguage).orElse(null);
        return Optional.of(new Languages(agent, visitor));
    }

    /** The text of a quick reply the actor may use; empty for any other reply. */
    @Transactional
    Optional<String> quickReplyText(Actor actor, UUID quickReplyId) {
        return replies.find(quickReplyId).filter(r -> r.visibleTo(actor)).map(QuickReply::text);
    }

    /** Who writes in which language; either may be null (unknown). */
    record Languages(LanguageTag agent, LanguageTag visitor) {}
}
