package dev.handoff.bench.chat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What identifies a driven message in any channel, even those that carry only text (Socket.IO's {@code to_user}):
 * {@code [v3#17]} is the visitor's 17th message in chat 3, {@code [a3#17]} the agent's.
 */
public record Tag(Direction direction, int chat, int number) {
    private static final Pattern TAG = Pattern.compile("\\[([va])(\\d+)#(\\d+)]");

    /** Who wrote the message. */
    public enum Direction {
        VISITOR_TO_AGENT("v"),
        AGENT_TO_VISITOR("a");

        private final String letter;

        Direction(String letter) {
            this.letter = letter;
        }
    }

    /** The text a driver sends: the tag and some words. */
    public String text() {
        return "[" + direction.letter + chat + "#" + number + "] "
                + (direction == Direction.VISITOR_TO_AGENT
                        ? "a question from the visitor"
                        : "an answer from the agent");
    }

    /** The tag inside a text, if it has one. */
    public static Optional<Tag> of(String text) {
        Matcher m = TAG.matcher(text == null ? "" : text);
        if (!m.find()) {
            return Optional.empty();
        }
        Direction direction = m.group(1).equals("v") ? Direction.VISITOR_TO_AGENT : Direction.AGENT_TO_VISITOR;
        return Optional.of(new Tag(direction, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }
}
