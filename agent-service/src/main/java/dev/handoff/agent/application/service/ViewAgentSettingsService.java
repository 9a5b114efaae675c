package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.AgentSettingsView;
import dev.handoff.agent.application.port.in.ViewAgentSettingsUseCase;
import dev.handoff.agent.application.port.out.AgentSettingsPort;
import dev.handoff.agent.application.port.out.TranslateTextPort;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Shows an agent their settings, and whether a translator is there to honour their language. */
@ApplicationScoped
public class ViewAgentSettingsService implements ViewAgentSettingsUseCase {
    private final AgentSettingsPort settings;
    private final TranslateTextPort translator;

    public ViewAgentSettingsService(AgentSettingsPort settings, TranslateTextPort translator) {
        this.settings = settings;
        this.translator = translator;
    }

    @Override
    @Transactional
    public AgentSettingsView view(Actor actor) {
        return new AgentSettingsView(
                settings.find(actor.tenantId(), actor.agentId())
                        .orElseGet(() -> AgentSettings.defaults(actor.tenantId(), actor.agentId())),
                translator.available());
    }
}
