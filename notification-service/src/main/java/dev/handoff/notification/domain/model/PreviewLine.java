package dev.handoff.notification.domain.model;

import dev.handoff.shared.model.Sender;
import java.util.Objects;

/** One line of the bot conversation quoted in a mail, shortened to a preview. */
public record PreviewLine(Sender sender, String text) {
    /** Longest line quoted. */
    public static final int MAX_LENGTH = 200;

    public PreviewLine {
        Objects.requireNonNull(sender, "sender");
        text = Text.shorten(Objects.requireNonNull(text, "text"), MAX_LENGTH);
    }

    public boolean fromVisitor() {
        return sender == Sender.VISITOR;
    }
}
