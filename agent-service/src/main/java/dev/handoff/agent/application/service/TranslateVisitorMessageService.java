package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.TranslateVisitorMessageUseCase;
import dev.handoff.agent.domain.model.LanguageTag;
import dev.handoff.agent.domain.model.TranslationRequest;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.Translation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Translates what visitors write into the language of the agent holding the chat. Runs before the message is
 * stored, outside its transaction; whatever goes wrong here, the message is still stored and shown, as written.
 */
@ApplicationScoped
public class TranslateVisitorMessageService implements TranslateVisitorMessageUseCase {
    private static final Logger LOG = Logger.getLogger(TranslateVisitorMessageService.class);

    private final LanguageLookups lookups;
    private final MessageTranslator translator;

    public TranslateVisitorMessageService(LanguageLookups lookups, MessageTranslator translator) {
        this.lookups = lookups;
        this.translator = translator;
    }

    @Override
    public Optional<Translation> forHolder(MessagePosted message) {
        // Without a translator (and nothing translated upstream) there is nothing to look up on the message path.
        if (message.sender() != Sender.VISITOR || (!translator.available() && message.translation() == null)) {
            return Optional.empty();
        }
        try {
            return lookups.holderLanguage(message).flatMap(target -> translationFor(message, target));
        } catch (RuntimeException e) {
            LOG.warnf(
                    "could not prepare a translation of message %s, it is shown untranslated: %s",
                    message.messageId().value(), e);
            return Optional.empty();
        }
    }

    private Optional<Translation> translationFor(MessagePosted message, LanguageTag target) {
        // A translation made upstream into the holder's language is as good as ours, and costs nothing.
        Translation upstream = message.translation();
        Optional<LanguageTag> upstreamLanguage = upstream == null
                ? Optional.empty()
                : LanguageTag.lenient(upstream.language()).filter(target::sameLanguageAs);
        if (upstreamLanguage.isPresent()) {
            return Optional.of(new Translation(upstreamLanguage.get().value(), upstream.text()));
        }
        LanguageTag source = LanguageTag.lenient(message.language()).orElse(null);
        return TranslationRequest.needed(message.text(), source, target).flatMap(translator::translate);
    }
}
