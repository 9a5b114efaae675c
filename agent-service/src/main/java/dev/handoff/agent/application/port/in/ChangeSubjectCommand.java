package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.agent.domain.model.Texts;
import dev.handoff.shared.id.ConversationId;
import java.util.Objects;

/** An agent setting a chat's subject line: 1 to 200 characters, trimmed. */
public record ChangeSubjectCommand(Actor actor, ConversationId conversationId, String subject) {
    public ChangeSubjectCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(conversationId, "conversationId");
        String raw = subject;
        subject = InvalidCommandException.check(
                "subject", () -> Texts.required(raw, AgentConversation.MAX_SUBJECT, "subject"));
    }
}
