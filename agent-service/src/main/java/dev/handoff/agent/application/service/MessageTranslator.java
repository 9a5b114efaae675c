package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.TranslateTextPort;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.TranslationRequest;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.model.Translation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Asks the translator on behalf of a message's reader, outside any transaction. A translator's failure costs only
 * the translation: the message goes on as written, and the failure is logged.
 */
@ApplicationScoped
public class MessageTranslator {
    private static final Logger LOG = Logger.getLogger(MessageTranslator.class);

    private final TranslateTextPort translator;
    private final LanguageLookups lookups;

    public MessageTranslator(TranslateTextPort translator, LanguageLookups lookups) {
        this.translator = translator;
        this.lookups = lookups;
    }

    boolean available() {
        return translator.available();
    }

    /** What the reader is shown beside the original; empty when not needed or not possible. */
    Optional<Translation> translate(TranslationRequest request) {
        if (!translator.available()) {
            return Optional.empty();
        }
        try {
            return translator.translate(request).flatMap(request::accept);
        } catch (RuntimeException e) {
            // The port promises not to throw; should it anyway, a message must not be lost over a translation.
            LOG.warnf("translating into %s failed, the message goes on untranslated: %s", request.target(), e);
            return Optional.empty();
        }
    }

    /**
     * How the actor's new message goes out: in the language they chose, with the text in the visitor's language
     * when the two differ. Retries and messages the actor may not send go out as written (posting sorts them out).
     */
    Outgoing outgoing(Actor actor, ConversationId id, String clientMessageId, String text) {
        return lookups.forNewAgentMessage(actor, id, clientMessageId)
                .filter(l -> l.agent() != null)
                .map(l -> new Outgoing(
                        l.agent(),
                        TranslationRequest.needed(text, l.agent(), l.visitor())
                                .flatMap(this::translate)
                                .orElse(null)))
                .orElse(Outgoing.AS_WRITTEN);
    }
}
