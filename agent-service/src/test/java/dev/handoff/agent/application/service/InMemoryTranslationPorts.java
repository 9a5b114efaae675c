package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.AgentSettingsPort;
import dev.handoff.agent.application.port.out.TranslateTextPort;
import dev.handoff.agent.domain.model.AgentSettings;
import dev.handoff.agent.domain.model.LanguageTag;
import dev.handoff.agent.domain.model.TranslatedText;
import dev.handoff.agent.domain.model.TranslationRequest;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Agent settings in memory and a scripted translator that records what it was asked. By default it answers
 * "[<target language>] <text>", and detects Spanish in texts with "hola" (English otherwise) when asked to detect.
 */
final class InMemoryTranslationPorts implements AgentSettingsPort, TranslateTextPort {
    final Map<String, AgentSettings> settings = new HashMap<>();
    final List<TranslationRequest> requests = new ArrayList<>();
    boolean available = true;
    Function<TranslationRequest, Optional<TranslatedText>> answer = InMemoryTranslationPorts::bracketed;

    static Optional<TranslatedText> bracketed(TranslationRequest r) {
        LanguageTag detected = r.source() != null
                ? null
                : LanguageTag.of(r.text().toLowerCase().contains("hola") ? "es" : "en");
        boolean alreadyThere = detected != null && detected.sameLanguageAs(r.target());
        return Optional.of(
                new TranslatedText(alreadyThere ? r.text() : "[" + r.target().language() + "] " + r.text(), detected));
    }

    // --- settings
    @Override
    public Optional<AgentSettings> find(TenantId tenant, AgentId agent) {
        return Optional.ofNullable(settings.get(tenant.value() + "/" + agent.value()));
    }

    @Override
    public void save(AgentSettings s) {
        settings.put(s.tenantId().value() + "/" + s.agentId().value(), s);
    }

    // --- translator
    @Override
    public boolean available() {
        return available;
    }

    @Override
    public Optional<TranslatedText> translate(TranslationRequest request) {
        requests.add(request);
        return available ? answer.apply(request) : Optional.empty();
    }
}
