package dev.handoff.handoff.application.port.in;

import static dev.handoff.handoff.application.port.in.LeaveMessageRefusedException.INVALID_EMAIL;
import static dev.handoff.handoff.application.port.in.LeaveMessageRefusedException.INVALID_MESSAGE;
import static dev.handoff.handoff.application.port.in.LeaveMessageRefusedException.INVALID_NAME;
import static dev.handoff.handoff.application.port.in.LeaveMessageRefusedException.MESSAGE_TOO_LONG;

import dev.handoff.runtime.input.InputRules;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A message a waiting visitor leaves, checked by the platform's text rules whichever protocol it came by.
 *
 * @param name the visitor's name, or null
 * @param email where the answer goes (required: a message nobody can answer helps nobody)
 * @param message what the visitor wants, 1 to {@link #MAX_MESSAGE_CHARS} characters
 */
public record LeaveMessageCommand(
        TenantId tenantId, ConversationId conversationId, String name, String email, String message) {
    public static final int MAX_MESSAGE_CHARS = 4000;
    public static final int MAX_NAME_CHARS = 200;
    /** RFC 5321's longest path. */
    public static final int MAX_EMAIL_CHARS = 320;
    /** One address: something, one @, a domain with a dot; no white space. Mail servers judge the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    /** @throws LeaveMessageRefusedException naming the first field that breaks a rule */
    public LeaveMessageCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(conversationId, "conversationId");
        name = name == null || name.isBlank() ? null : name.strip();
        if (name != null) {
            InputRules.textProblem(name, MAX_NAME_CHARS, InputRules.Lines.SINGLE)
                    .ifPresent(problem -> {
                        throw new LeaveMessageRefusedException(INVALID_NAME, "\"name\" " + problem + ".");
                    });
        }
        if (email == null
                || email.length() > MAX_EMAIL_CHARS
                || !EMAIL.matcher(email.strip()).matches()
                || InputRules.textProblem(email.strip(), MAX_EMAIL_CHARS, InputRules.Lines.SINGLE)
                        .isPresent()) {
            throw new LeaveMessageRefusedException(
                    INVALID_EMAIL, "\"email\" must be one e-mail address such as name@example.com.");
        }
        email = email.strip();
        if (message == null || message.isBlank()) {
            throw new LeaveMessageRefusedException(INVALID_MESSAGE, "\"message\" must not be empty.");
        }
        if (message.codePointCount(0, message.length()) > MAX_MESSAGE_CHARS) {
            throw new LeaveMessageRefusedException(
                    MESSAGE_TOO_LONG, "A message may have at most " + MAX_MESSAGE_CHARS + " characters.");
        }
        InputRules.textProblem(message, MAX_MESSAGE_CHARS, InputRules.Lines.MULTI)
                .ifPresent(problem -> {
                    throw new LeaveMessageRefusedException(INVALID_MESSAGE, "\"message\" " + problem + ".");
                });
    }
}
