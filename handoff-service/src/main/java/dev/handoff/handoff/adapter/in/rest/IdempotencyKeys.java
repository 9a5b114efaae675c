package dev.handoff.handoff.adapter.in.rest;

import dev.handoff.runtime.problem.ProblemException;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A bot's {@code Idempotency-Key} becomes the conversation id of its handoff: the same key from the same bot always
 * names the same conversation, so a retry after a timeout is answered with the chat the first try made, never a
 * second one (the use case already treats a known conversation id as a repeat). Nothing needs storing per key.
 */
final class IdempotencyKeys {
    static final String HEADER = "Idempotency-Key";
    /** Visible ASCII, as the IETF draft's examples (UUIDs, random tokens); long enough for any of them. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private IdempotencyKeys() {}

    /** The conversation a handoff names: its own id if it gives one, else the one its key derives, else none. */
    static ConversationId conversationOf(String bodyConversationId, String key, TenantId tenant, BotId bot) {
        if (bodyConversationId != null) {
            return ConversationId.of(bodyConversationId);
        }
        if (key == null) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.badRequest(HEADER + " must be 1 to 255 visible ASCII characters.");
        }
        String scoped = tenant.value() + '\n' + bot.value() + '\n' + key;
        return ConversationId.of(
                UUID.nameUUIDFromBytes(scoped.getBytes(StandardCharsets.UTF_8)).toString());
    }

    /** Whether {@code failure} is the unique key of a conversation a concurrent twin of the request stored first. */
    static boolean lostToATwin(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
