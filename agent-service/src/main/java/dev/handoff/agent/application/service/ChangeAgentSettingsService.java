package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.AgentSettingsView;
import dev.handoff.agent.application.port.in.ChangeAgentSettingsCommand;
import dev.handoff.agent.application.port.in.ChangeAgentSettingsUseCase;
import dev.handoff.agent.application.port.out.AgentSettingsPort;
import dev.handoff.agent.application.port.out.TranslateTextPort;
import dev.handoff.agent.domain.model.AgentSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Saves an agent's settings; messages translated from then on follow them (earlier ones keep theirs). */
@ApplicationScoped
public class ChangeAgentSettingsService implements ChangeAgentSettingsUseCase {
    private final AgentSettingsPort settings;
    private final TranslateTextPort translator;
    private final Clock clock;

    public ChangeAgentSettingsService(AgentSettingsPort settings, TranslateTextPort translator, Clock clock) {
        this.settings = settings;
        this.translator = translator;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AgentSettingsView change(ChangeAgentSettingsCommand command) {
        AgentSettings saved = new AgentSettings(
                command.actor().tenantId(), command.actor().agentId(), command.preferredLanguage(), clock.instant());
        settings.save(saved);
        return new AgentSettingsView(saved, translator.available());
    }
}
