package dev.handoff.handoffservice.application.service;

import dev.handoff.handoffservice.application.port.out.LoadBotSettingsPort;
import dev.handoff.handoffservice.application.port.out.LoadConversationPort;
import dev.handoff.handoffservice.application.port.out.PublishConversationEventPort;
import dev.handoff.handoffservice.application.port.out.SaveBotSettingsPort;
import dev.handoff.handoffservice.application.port.out.SaveConversationPort;
import dev.handoff.handoffservice.domain.model.BotSettings;
import dev.handoff.handoffservice.domain.model.Conversation;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory fakes of handoff-service's out-ports, for use-case tests. */
final class InMemoryHandoffPorts implements LoadBotSettingsPort, SaveBotSettingsPort, LoadConversationPort,
        SaveConversationPort, PublishConversationEventPort {
    final Map<String, BotSettings> settings = new HashMap<>();
    final Map<ConversationId, Conversation> conversations = new HashMap<>();
    final List<IntegrationEvent> published = new ArrayList<>();

    @Override
    public Optional<BotSettings> load(TenantId tenant, BotId bot) {
        return Optional.ofNullable(settings.get(tenant + "/" + bot));
    }

    @Override
    public void save(BotSettings s) {
        settings.put(s.tenantId() + "/" + s.botId(), s);
    }

    @Override
    public Optional<Conversation> load(ConversationId id) {
        return Optional.ofNullable(conversations.get(id));
    }

    @Override
    public void save(Conversation conversation) {
        conversations.put(conversation.id(), conversation);
    }

    @Override
    public void publish(IntegrationEvent event) {
        published.add(event);
    }
}
