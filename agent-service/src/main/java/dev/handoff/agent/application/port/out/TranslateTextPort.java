package dev.handoff.agent.application.port.out;

import dev.handoff.agent.domain.model.TranslatedText;
import dev.handoff.agent.domain.model.TranslationRequest;
import java.util.Optional;

/** A machine translator, which may not be configured at all; call it outside transactions, as it is remote. */
public interface TranslateTextPort {
    /** Whether a translator is configured; without one every message is shown as written. */
    boolean available();

    /** The translation, or empty when there is no translator or it failed, was slow or answered nonsense (logged). */
    Optional<TranslatedText> translate(TranslationRequest request);
}
