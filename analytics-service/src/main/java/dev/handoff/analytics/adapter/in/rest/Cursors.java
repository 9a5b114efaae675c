package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.domain.model.ConversationSearch;
import dev.handoff.runtime.problem.ProblemException;
import dev.handoff.shared.id.ConversationId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** The opaque 'next' of a page: where it ended, so the next page starts after it even as new chats arrive. */
final class Cursors {
    private Cursors() {}

    static String write(ConversationSearch.Cursor cursor) {
        if (cursor == null) {
            return null;
        }
        String plain = cursor.startedAt() + "|" + cursor.conversationId().value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static ConversationSearch.Cursor read(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
            return new ConversationSearch.Cursor(Instant.parse(parts[0]), ConversationId.of(parts[1]));
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("'cursor' is not the 'next' of a page of this list.");
        }
    }
}
