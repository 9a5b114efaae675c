package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.ChangeSubjectCommand;
import dev.handoff.agent.application.port.in.ChangeSubjectUseCase;
import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.application.port.out.PublishChatEventsPort;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.shared.event.SubjectChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** Sets a chat's subject line; an unchanged subject is not announced again. */
@ApplicationScoped
public class ChangeSubjectService implements ChangeSubjectUseCase {
    private final ChatGuard guard;
    private final AgentConversationPort conversations;
    private final PublishChatEventsPort events;
    private final Clock clock;

    public ChangeSubjectService(
            ChatGuard guard, AgentConversationPort conversations, PublishChatEventsPort events, Clock clock) {
        this.guard = guard;
        this.conversations = conversations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public String changeSubject(ChangeSubjectCommand command) {
        AgentConversation chat = guard.lockOpen(command.actor(), command.conversationId());
        if (chat.changeSubject(command.subject())) {
            conversations.save(chat);
            events.publish(new SubjectChanged(
                    UUID.randomUUID(),
                    clock.instant(),
                    chat.tenantId(),
                    chat.id(),
                    command.actor().agentId(),
                    command.subject()));
        }
        return chat.subject().orElseThrow();
    }
}
