package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.QuickReply;
import dev.handoff.agent.domain.model.QuickReplyScope;
import java.util.Objects;

/**
 * A quick reply's content as an agent wrote it.
 *
 * @param scope required to create; when changing a reply, null or its current scope (a scope never changes)
 */
public record SaveQuickReplyCommand(Actor actor, QuickReplyScope scope, String shortcut, String text) {
    public SaveQuickReplyCommand {
        Objects.requireNonNull(actor, "actor");
        String rawShortcut = shortcut;
        shortcut = InvalidCommandException.check("shortcut", () -> QuickReply.shortcut(rawShortcut));
        String rawText = text;
        text = InvalidCommandException.check("text", () -> QuickReply.text(rawText));
    }
}
