package dev.handoff.analytics.domain.model;

import java.time.Instant;

/**
 * A message of the live chat, as written and as the other side read it.
 *
 * @param sender VISITOR, AGENT, BOT or SYSTEM
 * @param translationLanguage with {@code translation}: the language it was shown in, else null
 */
public record TranscriptLine(
        String messageId,
        Instant at,
        String sender,
        String senderId,
        String senderName,
        String text,
        String language,
        String translationLanguage,
        String translation) {}
