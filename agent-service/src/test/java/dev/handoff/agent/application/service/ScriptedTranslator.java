package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.TranslateTextPort;
import dev.handoff.agent.domain.model.LanguageTag;
import dev.handoff.agent.domain.model.TranslatedText;
import dev.handoff.agent.domain.model.TranslationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A scripted translator that records what it was asked. By default it answers "[<target language>] <text>", and
 * detects Spanish in texts with "hola" (English otherwise) when asked to detect.
 */
final class ScriptedTranslator implements TranslateTextPort {
    final List<TranslationRequest> requests = new ArrayList<>();
    boolean available = true;
    Function<TranslationRequest, Optional<TranslatedText>> answer = ScriptedTranslator::bracketed;

    static Optional<TranslatedText> bracketed(TranslationRequest r) {
        LanguageTag detected = r.source() != null
                ? null
                : LanguageTag.of(r.text().toLowerCase(Locale.ROOT).contains("hola") ? "es" : "en");
        boolean alreadyThere = detected != null && detected.sameLanguageAs(r.target());
        return Optional.of(
                new TranslatedText(alreadyThere ? r.text() : "[" + r.target().language() + "] " + r.text(), detected));
    }

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
