package dev.handoff.agent.application.service;

import dev.handoff.agent.domain.model.LanguageTag;
import dev.handoff.shared.model.Translation;

/**
 * How an agent's new message goes out to the visitor.
 *
 * @param language the agent's language, which the text is written in; null when the agent chose none
 * @param translation the text in the visitor's language; null when not needed or not possible
 */
record Outgoing(LanguageTag language, Translation translation) {
    /** As written, in an unknown language: the agent chose no language. */
    static final Outgoing AS_WRITTEN = new Outgoing(null, null);

    String languageTag() {
        return language == null ? null : language.value();
    }
}
