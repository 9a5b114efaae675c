package dev.handoff.agent.application.port.in;

import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.model.Translation;
import java.util.Optional;

/**
 * Puts a visitor's message into the language of the agent holding the chat. Call it outside any transaction: the
 * translator is remote. Never throws; empty when no translation is needed or the translator failed (logged).
 */
public interface TranslateVisitorMessageUseCase {
    Optional<Translation> forHolder(MessagePosted message);
}
